/**
 * The CMS's real REST handlers (Payload's, as mounted by Next under /api) behind a plain Node HTTP
 * server, on a copy of the seeded test database: the site's HTTP client talks to it exactly as to
 * a deployed CMS, without a `next build`. The environment is set before the CMS config is imported
 * (it is read once, at import); each test file runs in its own process.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'

import { listenOnFirstFree } from '../../scripts/lib/serveStatic'
import { site } from './site'

/** The CMS ports agreed for this project's local test servers. */
export const CMS_PORTS = [3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047]

export interface TestCmsServer {
  url: string
  payload: Payload
  /** Requests served so far, as `GET /api/...?...` lines (paging tests count them). */
  requests: string[]
  close(): Promise<void>
}

export async function startCmsServer(name: string): Promise<TestCmsServer> {
  const dir = fs.mkdtempSync(path.join(site().tmp, `cms-${name}-`))
  // The seed leaves its last writes in the write-ahead log: copy it with the database.
  for (const suffix of ['', '-wal']) {
    if (fs.existsSync(site().database + suffix)) fs.copyFileSync(site().database + suffix, path.join(dir, `db.sqlite${suffix}`))
  }
  // The port is chosen first: the CMS writes its own URL into media URLs (CMS_URL).
  const port = await closedPort(CMS_PORTS)
  process.env.CMS_URL = `http://127.0.0.1:${port}`
  process.env.DATABASE_URI = `file:${path.join(dir, 'db.sqlite')}`
  process.env.MEDIA_DIR = path.join(path.dirname(site().database), 'media')
  process.env.MAIL_DIR = path.join(dir, 'mail')
  process.env.PAYLOAD_SECRET = 'site-tests-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../cms/src/payload.config')
  const payload = await getPayload({ config })
  const GET = REST_GET(config)
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
    requests.push(`${req.method} ${url.pathname}${url.search}`)
    const match = /^\/api\/(.+)$/.exec(url.pathname)
    if (req.method !== 'GET' || !match?.[1]) {
      res.writeHead(404).end()
      return
    }
    const slug = match[1].split('/').map(decodeURIComponent)
    GET(new Request(url, { headers: req.headers as Record<string, string> }), { params: Promise.resolve({ slug }) })
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
      })
  })
  await listenOnFirstFree(server, [port], '127.0.0.1')
  return {
    url: `http://127.0.0.1:${port}`,
    payload,
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await payload.destroy()
    },
  }
}

/** A port in the agreed range that nothing listens on (by default one kept for "CMS unreachable" tests). */
export async function closedPort(ports = [3049, 3048]): Promise<number> {
  const server = http.createServer()
  const port = await listenOnFirstFree(server, ports, '127.0.0.1')
  await new Promise((resolve) => server.close(resolve))
  return port
}
