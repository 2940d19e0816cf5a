/**
 * Node's HTTP server in front of a handler that takes and returns web `Request`/`Response`
 * (Payload's `handleEndpoints`, Next's route handlers): what the test and bench servers share.
 */
import type http from 'node:http'
import net from 'node:net'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

/** The incoming request as a web `Request` on `origin`, its body streamed. */
export function toWebRequest(req: http.IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v)
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(`${origin}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
}

/** Writes `response` to `res`, streamed as it comes (progress lines arrive as written, as under Next). */
export function sendWebResponse(res: http.ServerResponse, response: Response): void {
  res.writeHead(response.status, Object.fromEntries(response.headers))
  if (response.body) Readable.fromWeb(response.body as NodeReadableStream).pipe(res)
  else res.end()
}

/** A handler's failure as a plain 500 with the stack (test servers only). */
export function sendFailure(res: http.ServerResponse, error: Error): void {
  res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error.stack))
}

/** A free TCP port on the loopback interface. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
