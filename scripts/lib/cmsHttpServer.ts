/**
 * A real CMS over HTTP for tests and benchmarks, without `next build`: the API routed as the Next
 * route files do (`apiRouter.ts`: REST, GraphQL and custom endpoints behind `guardApiRoute`) behind
 * a Node HTTP server, on a copy of a seeded SQLite database, answering as in production. The environment is set before the CMS config is imported (it is read once, at
 * import), so call this once per process.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'

import { createApiRouter } from './apiRouter'
import { freePort, sendFailure, sendWebResponse, toWebRequest } from './webRequest'

export interface CmsHttpServer {
  url: string
  payload: Payload
  /**
   * Faults for the build's content requests (not the publishing endpoints): `failContent` answers
   * 500 (a broken CMS), `dropContent` closes the connection unanswered (a CMS dying or gone).
   */
  faults: { failContent: boolean; dropContent: boolean }
  close(): Promise<void>
}

export async function startCmsHttpServer(options: {
  /**
   * A seeded database (with its -wal file), copied into `dir` as `db.sqlite`. Without one, the
   * `db.sqlite` already in `dir` is used as it is (a restart after a crash), or a fresh one is made.
   */
  database?: string
  /** The media folder. */
  mediaDir: string
  dir: string
  env?: Record<string, string>
  key?: string
  /** Default: a free port. */
  port?: number
}): Promise<CmsHttpServer> {
  fs.mkdirSync(options.dir, { recursive: true })
  for (const suffix of ['', '-wal']) {
    if (options.database && fs.existsSync(options.database + suffix)) fs.copyFileSync(options.database + suffix, path.join(options.dir, `db.sqlite${suffix}`))
  }
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    CMS_URL: url,
    DATABASE_URI: `file:${path.join(options.dir, 'db.sqlite')}`,
    MEDIA_DIR: options.mediaDir,
    MAIL_DIR: path.join(options.dir, 'mail'),
    PAYLOAD_SECRET: 'publishing-tests-secret-not-for-production-0123456789',
    DISABLE_PAYLOAD_HMR: 'true',
    ...options.env,
  })
  const key = options.key ?? 'cms-http'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/src/payload.config')
  const payload = await getPayload({ config, key })
  const route = await createApiRouter(config, key)
  const faults = { failContent: false, dropContent: false }
  const server = http.createServer((req, res) => {
    const content = /^\/api\/(?!publishing\/)/.test(req.url ?? '')
    if (faults.dropContent && content) {
      req.socket.destroy()
      return
    }
    if (faults.failContent && content) {
      res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
      return
    }
    route(toWebRequest(req, url))
      .then((response) => sendWebResponse(res, response))
      .catch((error: Error) => sendFailure(res, error))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url,
    payload,
    faults,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await payload.destroy()
    },
  }
}
