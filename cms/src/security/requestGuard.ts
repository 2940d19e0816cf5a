import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { APIError, type SanitizedConfig } from 'payload'

import { env } from '../env'
import { createRequestGate, type RequestGate } from './requestGate'

/** One gate for all anonymous API traffic of this process (REST and GraphQL share the thread and the database). */
const anonymousGate = createRequestGate({ concurrency: env.API_CONCURRENCY, maxQueue: env.API_QUEUE_LIMIT })

const busy = (): Response =>
  Response.json(
    { errors: [{ message: 'The server is busy. Please try again in a few seconds.' }] },
    { status: 503, headers: { 'Retry-After': '5' } },
  )

/** A 400 in Payload's error shape, naming what was wrong. */
const badRequest = (message: string, field?: string): Response =>
  Response.json({ errors: [{ message, ...(field ? { data: { errors: [{ message, path: field }] } } : {}) }] }, { status: 400 })

/** A request that carries a session (cookie or `Authorization` header): staff, not the public. */
const hasCredentials = (request: Request): boolean =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** The session token a request carries, where Payload looks for it: the `<prefix>-token` cookie, `Authorization: JWT …` or `Bearer …`. */
function sessionToken(request: Request, config: SanitizedConfig): string | undefined {
  const authorization = request.headers.get('authorization') ?? ''
  const fromHeader = /^(?:JWT|Bearer) (\S+)$/.exec(authorization)?.[1]
  if (fromHeader) return fromHeader
  const name = `${config.cookiePrefix}-token=`
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const cookie = part.trim()
    if (cookie.startsWith(name)) return cookie.slice(name.length)
  }
  return undefined
}

/** The key Payload signs sessions with (`payload.secret`: the first 32 hex digits of SHA-256 of the configured secret), derived once. */
const signingKeys = new Map<string, string>()
const signingKeyOf = (secret: string): string => {
  let key = signingKeys.get(secret)
  if (key === undefined) {
    key = createHash('sha256').update(secret).digest('hex').slice(0, 32)
    signingKeys.set(secret, key)
  }
  return key
}

/**
 * Whether the request carries an unexpired session token signed with this CMS's secret (HS256 with
 * the key Payload derives from `secret`). Only decides which lane a request waits in: a forged or
 * stale header cannot jump the public queue; Payload still authenticates the request itself.
 */
function hasSignedSession(request: Request, config: SanitizedConfig): boolean {
  const token = sessionToken(request, config)
  const parts = token?.split('.')
  if (!parts || parts.length !== 3) return false
  const key = signingKeyOf(config.secret)
  const expected = createHmac('sha256', key).update(`${parts[0]}.${parts[1]}`).digest()
  const given = Buffer.from(parts[2]!, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { exp?: unknown }
    return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now()
  } catch {
    return false
  }
}

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
 * Anonymous requests pass a first-in, first-out gate (a few at a time, see `requestGate.ts`), so a
 * flood of public reads gets even waits and cannot crowd out the editors, whose requests (with a
 * validly signed session) go straight through.
 */
export function guardApiRoute<Rest extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
  gate: RequestGate = anonymousGate,
) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    const resolved = await config
    const refused = await clientError(request, resolved)
    if (refused) return refused
    const release = hasSignedSession(request, resolved) ? () => undefined : await gate.enter()
    if (!release) return busy()
    try {
      return await handler(request, ...rest)
    } catch (error) {
      if (error instanceof APIError && error.status >= 400 && error.status < 500) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      throw error
    } finally {
      release()
    }
  }
}
