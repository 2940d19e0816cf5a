import http from 'node:http'
import net from 'node:net'

/**
 * The header that carries the TCP peer's address to the route handler. Next.js gives handlers no
 * socket, and fills X-Forwarded-For from the socket only when the client sent none — so a client
 * could choose its own address. The HTTP server stamps this header on every request, overwriting
 * whatever a client sent (see `stampPeerAddresses`).
 */
export const PEER_HEADER = 'x-clearinghouse-peer'

/** Writes the socket's address into PEER_HEADER, replacing any value the client sent. */
export function stampPeer(req: http.IncomingMessage): void {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? ''
}

let stamping = false

/**
 * Makes every `http.Server` in this process stamp PEER_HEADER before its request listeners run
 * (called once from `instrumentation.ts`, before Next serves requests). Patching the prototype is
 * the only hook `next start` offers between the socket and the route handler.
 */
export function stampPeerAddresses(): void {
  if (stamping) return
  stamping = true
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') stampPeer(args[0] as http.IncomingMessage)
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof emit
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; anything that is not an IP address → undefined. */
export function normaliseIp(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined
  let ip = raw.trim()
  if (ip.startsWith('[') && ip.includes(']')) ip = ip.slice(1, ip.indexOf(']'))
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped?.[1]) ip = mapped[1]
  if (net.isIPv4(ip)) return ip
  if (net.isIPv6(ip)) return ip.toLowerCase()
  return undefined
}

/** Builds a matcher for a list of IPs and CIDRs such as `10.0.0.0/8, 127.0.0.1, ::1`. */
export function ipMatcher(entries: readonly string[]): (ip: string) => boolean {
  const list = new net.BlockList()
  for (const entry of entries) {
    const [addr, bits] = entry.split('/')
    const ip = normaliseIp(addr)
    if (!ip) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR`)
    const type = net.isIPv4(ip) ? 'ipv4' : 'ipv6'
    if (bits === undefined) list.addAddress(ip, type)
    else list.addSubnet(ip, Number(bits), type)
  }
  return (ip) => list.check(ip, net.isIPv4(ip) ? 'ipv4' : 'ipv6')
}

/**
 * The client's address: the stamped peer, or — only when that peer is a trusted proxy — the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy. Left-most entries are
 * whatever the client wrote and are never believed.
 */
export function clientAddress(headers: Headers, isTrustedProxy: (ip: string) => boolean): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  // Without a stamp (a server that did not install the patch) the right-most hop is the best
  // available guess: Next sets it from the socket when the client sent none.
  const peer = normaliseIp(headers.get(PEER_HEADER)) ?? normaliseIp(forwarded.at(-1)) ?? 'unknown'
  if (!isTrustedProxy(peer)) return peer
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const hop = normaliseIp(forwarded[i])
    if (!hop) return peer
    if (!isTrustedProxy(hop)) return hop
  }
  return peer
}

/** The rate-limit key of an address: IPv6 clients get a /64 each, as ISPs hand out whole /64s. */
export function addressKey(ip: string): string {
  if (!net.isIPv6(ip)) return ip
  const [head = '', tail = ''] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const full = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left
  return `${full.slice(0, 4).map((h) => h.padStart(4, '0')).join(':')}::/64`
}
