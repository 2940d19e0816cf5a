/**
 * A tiny static file server for a built site (tests, budgets, Lighthouse): directory URLs serve
 * their index.html, `/news` redirects to `/news/` as the production server does, unknown paths get
 * 404.html with status 404, and text is gzipped like in production. No dependency beyond Node.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
}
const COMPRESSIBLE = /^(text\/|application\/(json|xml|geo\+json|javascript)|image\/svg)/

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:4340 */
  url: string
  close(): Promise<void>
}

/** Resolves a URL path to a file inside `root`, or undefined (also for attempts to leave `root`). */
export function resolveFile(root: string, urlPath: string): { file?: string; redirect?: string } {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return {}
  }
  const target = path.resolve(root, `.${path.posix.normalize(decoded)}`)
  if (target !== root && !target.startsWith(root + path.sep)) return {}
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (stat?.isFile()) return { file: target }
  if (stat?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` }
    const index = path.join(target, 'index.html')
    if (fs.existsSync(index)) return { file: index }
  }
  return {}
}

/** This project's agreed local port range for test and measurement servers. */
export const LOCAL_PORTS = [4340, 4341, 4342, 4343, 4344, 4345, 4346, 4347, 4348, 4349]

/** Listens on the first free port of `ports` (0 = any); throws when all are taken. */
export async function listenOnFirstFree(server: http.Server, ports: number[], host: string): Promise<number> {
  for (const port of ports) {
    const ok = await new Promise<boolean>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error))
      server.once('error', onError)
      server.listen(port, host, () => {
        server.off('error', onError)
        resolve(true)
      })
    })
    if (ok) return (server.address() as AddressInfo).port
  }
  throw new Error(`No free port among ${ports.join(', ')}`)
}

/**
 * Serves `dir`, or — given a function — whatever folder it returns at each request, so a publishing
 * runner can switch releases under a running server (undefined: nothing built yet, 503).
 */
export async function serveStatic(dir: string | (() => string | undefined), options: { ports?: number[]; host?: string } = {}): Promise<StaticServer> {
  const rootOf = typeof dir === 'function' ? () => dir() : () => dir
  const host = options.host ?? '127.0.0.1'
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const current = rootOf()
    if (!current) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' }).end('The site is being built: try again in a minute.')
      return
    }
    const root = path.resolve(current)
    const found = resolveFile(root, url.pathname)
    if (found.redirect) {
      res.writeHead(301, { location: found.redirect + url.search }).end()
      return
    }
    let status = 200
    let file = found.file
    if (!file) {
      status = 404
      const notFound = path.join(root, '404.html')
      file = fs.existsSync(notFound) ? notFound : undefined
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
    let body = fs.readFileSync(file)
    const headers: http.OutgoingHttpHeaders = { 'content-type': type, 'cache-control': 'no-cache' }
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = zlib.gzipSync(body)
      headers['content-encoding'] = 'gzip'
      headers.vary = 'Accept-Encoding'
    }
    headers['content-length'] = body.length
    res.writeHead(status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  const port = await listenOnFirstFree(server, options.ports ?? LOCAL_PORTS, host)
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
