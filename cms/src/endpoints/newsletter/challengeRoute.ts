import type { PayloadHandler } from 'payload'

import { env } from '../../env'
import { issueChallenge } from './challenge'
import { addressKey } from './clientAddress'
import { callerAddress, errorResponse, isForeignOrigin, json } from './http'
import { LIMITS, limiter } from './rateLimit'

/** GET /api/newsletter/challenge — a fresh signed challenge for the form's enhancement script. */
export const challenge: PayloadHandler = async (req) => {
  if (isForeignOrigin(req)) return errorResponse(req, 403, [{ field: 'origin', message: 'Challenges are issued to the clearinghouse website only.' }])
  const limit = limiter.hit(`challenge:${addressKey(callerAddress(req))}`, LIMITS.challenge)
  if (!limit.ok) return errorResponse(req, 429, [{ field: 'challenge', message: 'Too many requests. Try again in a few minutes.' }], { 'Retry-After': String(limit.retryAfter) })
  return json(req, issueChallenge(env.NEWSLETTER_POW_BITS, env.NEWSLETTER_MIN_FILL_MS))
}
