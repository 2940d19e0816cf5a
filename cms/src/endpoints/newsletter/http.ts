import { setTimeout as sleep } from 'node:timers/promises'

import type { PayloadRequest } from 'payload'

import { env } from '../../env'
import { BodyError, readBodyText } from '../body'
import { ipMatcher, clientAddress } from './clientAddress'
import type { FieldError } from './validate'

/** Largest body the newsletter endpoints read: a signup is a few hundred bytes. */
export const MAX_BODY_BYTES = 4096

export const SITE_ORIGINS: readonly string[] = [...new Set(env.SITE_URL.map((u) => new URL(u).origin))]
const ALLOWED_ORIGINS = new Set([...SITE_ORIGINS, new URL(env.CMS_URL).origin])

const isTrustedProxy = ipMatcher(env.TRUSTED_PROXIES)

/** The caller's address as far as it can be known (see clientAddress.ts). */
export const callerAddress = (req: PayloadRequest): string => clientAddress(req.headers, isTrustedProxy)

/** Where redirects for readers go: the site origin the request came from, else the first one. */
export function siteOrigin(req: PayloadRequest): string {
  for (const header of ['origin', 'referer']) {
    const value = req.headers.get(header)
    if (!value) continue
    try {
      const origin = new URL(value).origin
      if (SITE_ORIGINS.includes(origin)) return origin
    } catch {
      // An unparsable Origin/Referer is simply not a site origin.
      continue
    }
  }
  return SITE_ORIGINS[0] ?? new URL(env.CMS_URL).origin
}

/** True when a browser says the request comes from a page on another, unlisted origin. */
export function isForeignOrigin(req: PayloadRequest): boolean {
  const origin = req.headers.get('origin')
  return origin !== null && origin !== 'null' && !ALLOWED_ORIGINS.has(origin)
}

/**
 * CORS for the site's origins only, without credentials (the endpoints use no cookies). Setting
 * Allow-Origin here also stops Payload from adding its own credentialed CORS headers.
 */
export function corsHeaders(req: PayloadRequest, methods = 'POST, GET, OPTIONS'): Headers {
  const headers = new Headers({ Vary: 'Origin' })
  const origin = req.headers.get('origin')
  headers.set('Access-Control-Allow-Methods', methods)
  headers.set('Access-Control-Allow-Headers', 'Content-Type, Accept')
  headers.set('Access-Control-Max-Age', '600')
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Expose-Headers', 'Retry-After')
  }
  headers.set('Cache-Control', 'no-store')
  headers.set('X-Content-Type-Options', 'nosniff')
  // Links carry tokens in their query: never pass them on in a Referer.
  headers.set('Referrer-Policy', 'no-referrer')
  return headers
}

export const preflight = (methods: string) => async (req: PayloadRequest) => new Response(null, { status: 204, headers: corsHeaders(req, methods) })

/** A JSON answer with the CORS headers. */
export function json(req: PayloadRequest, body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  const headers = corsHeaders(req)
  headers.set('Content-Type', 'application/json; charset=utf-8')
  for (const [k, v] of Object.entries(extra)) headers.set(k, v)
  return new Response(JSON.stringify(body), { status, headers })
}

export function redirect(req: PayloadRequest, location: string, extra: Record<string, string> = {}): Response {
  const headers = corsHeaders(req)
  headers.set('Location', location)
  for (const [k, v] of Object.entries(extra)) headers.set(k, v)
  return new Response(null, { status: 303, headers })
}

/** A client error: 4xx with `{ errors: [{ field, message }] }`. */
export const errorResponse = (req: PayloadRequest, status: number, errors: FieldError[], extra: Record<string, string> = {}) => json(req, { errors }, status, extra)

export { BodyError }

/** Reads at most MAX_BODY_BYTES and decodes strict UTF-8 (see ../body.ts). */
export const readBody = (req: PayloadRequest, maxBytes = MAX_BODY_BYTES): Promise<string> => readBodyText(req, maxBytes)

type Fields = Record<string, unknown>

/**
 * Parses a JSON or form-encoded body into plain fields. Other content types are refused (415):
 * multipart is not needed by the form and would only widen what has to be parsed.
 */
export async function parseFields(req: PayloadRequest): Promise<{ fields: Fields; kind: 'json' | 'form' }> {
  const type = (req.headers.get('content-type') ?? '').split(';')
  const mime = (type[0] ?? '').trim().toLowerCase()
  const charset = type.slice(1).map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='))
  if (charset && !['charset=utf-8', 'charset="utf-8"'].includes(charset)) {
    throw new BodyError(415, 'body', 'Send the body in UTF-8.')
  }
  if (mime !== 'application/json' && mime !== 'application/x-www-form-urlencoded') {
    throw new BodyError(415, 'body', 'Send the body as application/json or application/x-www-form-urlencoded.')
  }
  const raw = await readBody(req)
  if (mime === 'application/json') {
    let data: unknown
    try {
      data = JSON.parse(raw)
    } catch {
      throw new BodyError(400, 'body', 'The request body is not valid JSON.')
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new BodyError(400, 'body', 'The request body must be a JSON object.')
    return { fields: data as Fields, kind: 'json' }
  }
  const params = new URLSearchParams(raw)
  const fields: Fields = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    // A field sent twice is ambiguous: keep it as a list so validation names it.
    fields[key] = values.length === 1 ? values[0] : values
  }
  return { fields, kind: 'form' }
}

/** JSON for scripts (a JSON body or `Accept: application/json`), redirects for plain forms. */
export function wantsJson(req: PayloadRequest): boolean {
  const type = req.headers.get('content-type') ?? ''
  const accept = req.headers.get('accept') ?? ''
  return type.toLowerCase().startsWith('application/json') || /application\/json/i.test(accept)
}

/**
 * Waits until `ms` (plus up to 50 ms of jitter) have passed since `start`, so answers about new,
 * pending and confirmed addresses take the same time (the slow part, sending mail, runs after).
 */
export async function padTo(start: number, ms = env.NEWSLETTER_MIN_RESPONSE_MS): Promise<void> {
  const wait = start + ms + Math.random() * 50 - Date.now()
  if (wait > 0) await sleep(wait)
}
