import http from 'node:http'

import { createApiRouter } from '../../../scripts/lib/apiRouter'
import { freePort, sendFailure, sendWebResponse, toWebRequest } from '../../../scripts/lib/webRequest'
import { startTestCms, type TestCms } from './testPayload'

export interface HttpCms extends TestCms {
  /** e.g. `http://127.0.0.1:41234`; REST under `/api`, GraphQL at `/api/graphql`. */
  base: string
}

/**
 * A real Payload on a fresh SQLite file behind a plain `node:http` server, with REST and GraphQL
 * routed as the Next route files do (`scripts/lib/apiRouter.ts`), so both APIs answer as in
 * production without `next build`. `onRequest` sees each incoming request first (the newsletter stamps the TCP peer).
 */
export async function startHttpCms(
  name: string,
  extraEnv: Record<string, string> = {},
  onRequest?: (req: http.IncomingMessage) => void,
): Promise<HttpCms> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  Object.assign(process.env, { CMS_URL: base, ...extraEnv })
  const cms = await startTestCms(name)
  const { default: config } = await import('../../src/payload.config')
  const route = await createApiRouter(config, name)
  const server = http.createServer((req, res) => {
    onRequest?.(req)
    route(toWebRequest(req, base))
      .then((response) => sendWebResponse(res, response))
      .catch((err: Error) => sendFailure(res, err))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    ...cms,
    base,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await cms.close()
    },
  }
}
