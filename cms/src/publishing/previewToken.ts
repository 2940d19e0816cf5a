/**
 * Signed, short-lived preview links. The admin's Preview button opens the preview server with a
 * token that names one document and an expiry, signed with a key derived from PAYLOAD_SECRET; the
 * preview server trades it for that draft (GET /api/publishing/preview/:collection/:id). A link
 * reveals one draft for PREVIEW_TOKEN_MINUTES and nothing else: no session cookie crosses origins,
 * and a leaked link expires on its own.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '../env'

const key = createHmac('sha256', env.PAYLOAD_SECRET).update('clearinghouse preview links v1').digest()

const mac = (collection: string, id: string, expires: number) => createHmac('sha256', key).update(`${collection}\n${id}\n${expires}`).digest('base64url')

/** `<expiry ms>.<signature>` for one document. */
export function signPreviewToken(collection: string, id: string | number, expiresAt = Date.now() + env.PREVIEW_TOKEN_MINUTES * 60_000): string {
  return `${expiresAt}.${mac(collection, String(id), expiresAt)}`
}

export type PreviewTokenCheck = 'valid' | 'expired' | 'invalid'

export function checkPreviewToken(token: string, collection: string, id: string | number, now = Date.now()): PreviewTokenCheck {
  const match = /^(\d{13})\.([\w-]{43})$/.exec(token)
  if (!match?.[1] || !match[2]) return 'invalid'
  const expires = Number(match[1])
  const expected = Buffer.from(mac(collection, String(id), expires))
  const given = Buffer.from(match[2])
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
  return expires < now ? 'expired' : 'valid'
}
