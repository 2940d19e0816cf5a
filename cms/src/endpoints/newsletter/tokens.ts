import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { env } from '../../env'

/** A URL-safe token of 256 random bits. */
export const randomToken = (): string => randomBytes(32).toString('base64url')

/** What the database keeps of a token: its SHA-256, hex. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex')

/** Shape of a token made by `randomToken` or `manageToken`; anything else is refused unread. */
export const TOKEN_PATTERN = /^(?:\d{1,12}-)?[A-Za-z0-9_-]{43}$/

/** A key for one purpose, derived from PAYLOAD_SECRET so no two uses share a key. */
export const purposeKey = (purpose: string): Buffer => createHmac('sha256', env.PAYLOAD_SECRET).update(`newsletter:${purpose}`).digest()

const manageKey = purposeKey('manage-link')

/**
 * The token of a subscriber's manage and unsubscribe links: `<id>-<HMAC(id, manageTokenHash)>`.
 * `manageTokenHash` is the SHA-256 of 256 random bits drawn at (re)subscription and then thrown
 * away, so the database alone cannot produce a link; drawing a new one revokes every old link.
 * Signed rather than stored because every message (not only the first) must carry a link.
 */
export function manageToken(id: number | string, manageTokenHash: string): string {
  const mac = createHmac('sha256', manageKey).update(`${id}:${manageTokenHash}`).digest('base64url')
  return `${id}-${mac}`
}

/** The subscriber id in a manage token, or undefined when it is malformed. */
export function manageTokenId(token: string): number | undefined {
  const m = /^(\d{1,12})-[A-Za-z0-9_-]{43}$/.exec(token)
  return m?.[1] ? Number(m[1]) : undefined
}

/** Constant-time check of a manage token against the subscriber's current manageTokenHash. */
export function verifyManageToken(token: string, id: number | string, manageTokenHash: string | null | undefined): boolean {
  if (!manageTokenHash) return false
  const expected = Buffer.from(manageToken(id, manageTokenHash))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
