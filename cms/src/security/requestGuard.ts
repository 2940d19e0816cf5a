import { APIError, type SanitizedConfig } from 'payload'

/** A 400 in Payload's error shape, naming what was wrong. */
const badRequest = (message: string, field?: string): Response =>
  Response.json({ errors: [{ message, ...(field ? { data: { errors: [{ message, path: field }] } } : {}) }] }, { status: 400 })

/** A request that carries a session (cookie or `Authorization` header): staff, not the public. */
const hasCredentials = (request: Request): boolean =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** Whether a path is one of the config's own root endpoints (`/api/newsletter/subscribe`), which read their bodies themselves. */
function isCustomEndpoint(config: SanitizedConfig, pathname: string): boolean {
  return config.endpoints.some((endpoint) => {
    const pattern = `${config.routes.api}${endpoint.path}`.replace(/:[^/]+/g, '[^/]+')
    return new RegExp(`^${pattern}/?$`).test(pathname)
  })
}

/**
 * What Payload would answer with a 500 although the caller sent bad input, found before Payload
 * sees the request:
 * - `?where=` or `?data=` as a string that is not JSON (Payload `JSON.parse`s it unguarded);
 * - a multipart body that does not parse ("Unexpected end of form") sent to Payload's own
 *   collection routes by an anonymous caller, who may upload nothing anyway. Staff uploads are not
 *   parsed twice (their size is `UPLOAD_MAX_BYTES`), nor are bodies of the config's own endpoints
 *   (the newsletter answers a multipart body with its own 415).
 */
async function clientError(request: Request, config: SanitizedConfig): Promise<Response | undefined> {
  const url = new URL(request.url)
  const search = url.searchParams
  for (const field of ['where', 'data']) {
    const raw = search.get(field)
    if (raw === null || raw === '') continue
    try {
      JSON.parse(raw)
    } catch {
      return badRequest(`${field} must be JSON, or written as ${field}[field][operator]=value.`, field)
    }
  }
  const type = request.headers.get('content-type') ?? ''
  if (/^multipart\/form-data/i.test(type) && !hasCredentials(request) && !isCustomEndpoint(config, url.pathname)) {
    try {
      await request.clone().formData()
    } catch {
      return badRequest('The multipart body could not be read.')
    }
  }
  return undefined
}

/**
 * Wraps a Next route handler of the CMS's API (REST and GraphQL): bad input Payload would turn into
 * a 500 gets a 400 first, and a client error Payload throws past its own error handling (GraphQL's
 * "Invalid JSON" for an unparsable body) is answered with its status instead of a 500.
 */
export function guardApiRoute<Rest extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    const refused = await clientError(request, await config)
    if (refused) return refused
    try {
      return await handler(request, ...rest)
    } catch (error) {
      if (error instanceof APIError && error.status >= 400 && error.status < 500) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      throw error
    }
  }
}
