/**
 * The CMS's API as the Next route files serve it (`cms/src/app/(payload)/api/…/route.ts`), without
 * `next build`: REST through Payload's router (`handleEndpoints`) and GraphQL through
 * `@payloadcms/next`'s own handlers, each behind the same `guardApiRoute` (input checks and the
 * anonymous request queue); OPTIONS goes to Payload unguarded, as in the route file. Import it
 * only after the environment is set: the CMS config and the guard read it when they load.
 */
import type { SanitizedConfig } from 'payload'

export async function createApiRouter(config: Promise<SanitizedConfig>, payloadInstanceCacheKey: string): Promise<(request: Request) => Promise<Response>> {
  const { handleEndpoints } = await import('payload')
  const { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { guardApiRoute } = await import('../../cms/src/security/requestGuard')
  const rest = (request: Request) => handleEndpoints({ config, request, payloadInstanceCacheKey })
  const restGuarded = guardApiRoute(config, rest)
  const graphqlPost = guardApiRoute(config, GRAPHQL_POST(config))
  const playgroundGet = GRAPHQL_PLAYGROUND_GET(config)
  const { routes } = await config
  return (request) => {
    const { pathname } = new URL(request.url)
    if (pathname === `${routes.api}${routes.graphQL}` && request.method === 'POST') return graphqlPost(request)
    if (pathname === `${routes.api}${routes.graphQLPlayground}` && request.method === 'GET') return playgroundGet(request)
    return request.method === 'OPTIONS' ? rest(request) : restGuarded(request)
  }
}
