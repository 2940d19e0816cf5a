import http from 'node:http'

import { handleEndpoints } from 'payload'

import { freePort, sendFailure, sendWebResponse, toWebRequest } from '../../../scripts/lib/webRequest'
import { startTestCms, type TestCms } from './testPayload'

export interface HttpCms extends TestCms {
  /** e.g. `http://127.0.0.1:41234`; REST under `/api`, GraphQL at `/api/graphql`. */
  base: string
}

/**
 * A real Payload on a fresh SQLite file behind a plain `node:http` server: REST through Payload's
 * router (`handleEndpoints`, what Next's `/api/[...slug]` route calls, behind the same
 * `guardApiRoute` as the route files) and GraphQL through
 * `@payloadcms/next`'s own `GRAPHQL_POST` and `GRAPHQL_PLAYGROUND_GET` handlers (what
 * `/api/graphql` and `/api/graphql-playground` call), so both APIs answer as in production without
 * `next build`. `onRequest` sees each incoming request first (the newsletter stamps the TCP peer).
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
  const { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { guardApiRoute } = await import('../../src/security/requestGuard')
  // The same guard as the Next route files (`src/app/(payload)/api/…/route.ts`).
  const graphqlPost = guardApiRoute(config, GRAPHQL_POST(config))
  const restAny = guardApiRoute(config, (request: Request) => handleEndpoints({ config, request, payloadInstanceCacheKey: name }))
  const playgroundGet = GRAPHQL_PLAYGROUND_GET(config)
  const route = (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url)
    if (pathname === '/api/graphql' && request.method === 'POST') return graphqlPost(request)
    if (pathname === '/api/graphql-playground' && request.method === 'GET') return playgroundGet(request)
    // OPTIONS goes to Payload unguarded, as in the route file.
    return request.method === 'OPTIONS' ? handleEndpoints({ config, request, payloadInstanceCacheKey: name }) : restAny(request)
  }
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
