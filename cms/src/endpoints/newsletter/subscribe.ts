import type { PayloadHandler, PayloadRequest } from 'payload'

import type { Subscriber } from '@clearinghouse/shared/payload-types'

import { env } from '../../env'
import { CHALLENGE_MESSAGES, verifyChallenge } from './challenge'
import { addressKey } from './clientAddress'
import { currentConsentVersion } from './consentVersion'
import { BodyError, callerAddress, errorResponse, isForeignOrigin, json, padTo, parseFields, redirect, siteOrigin, wantsJson } from './http'
import { alreadySubscribedMail, confirmationMail, sendInBackground } from './mail'
import { LIMITS, limiter } from './rateLimit'
import { manageToken, randomToken, sha256 } from './tokens'
import { fieldErrors, normaliseEmail, subscribeSchema, type FieldError } from './validate'

export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000

const SUCCESS = { ok: true, message: 'Thank you. Check your inbox: we have sent a message with a link to confirm your subscription.' }

/** Why a no-JavaScript form lands on the error page: `/newsletter/error/?reason=<r>#reason-<r>`. */
type Reason = 'invalid' | 'consent' | 'rate-limit' | 'expired' | 'unavailable'

function reasonOf(errors: FieldError[]): Reason {
  if (errors.some((e) => e.field === 'consentVersion')) return 'consent'
  if (errors.some((e) => e.field === 'challenge')) return 'expired'
  return 'invalid'
}

const errorPage = (req: PayloadRequest, reason: Reason) => redirect(req, `${siteOrigin(req)}/newsletter/error/?reason=${reason}#reason-${reason}`)

function fail(req: PayloadRequest, status: number, errors: FieldError[], extra: Record<string, string> = {}): Response {
  if (wantsJson(req)) return errorResponse(req, status, errors, extra)
  return errorPage(req, status === 429 ? 'rate-limit' : status >= 500 ? 'unavailable' : reasonOf(errors))
}

async function succeed(req: PayloadRequest, start: number): Promise<Response> {
  await padTo(start)
  return wantsJson(req) ? json(req, SUCCESS) : redirect(req, `${siteOrigin(req)}/newsletter/check-your-inbox/`)
}

const tooMany = (req: PayloadRequest, retryAfter: number) =>
  fail(req, 429, [{ field: 'email', message: `Too many signups from your network. Try again in ${Math.ceil(retryAfter / 60)} minute(s).` }], { 'Retry-After': String(retryAfter) })

/**
 * Creates or refreshes the subscriber and decides which message (if any) to send. Every branch
 * ends in the same answer to the caller; only the mailbox owner learns what happened.
 */
async function register(req: PayloadRequest, email: string, consentVersion: string, source: string): Promise<void> {
  const { payload } = req
  const addressHash = sha256(email)
  // Mails per address are limited silently: a 429 here would tell a stranger the address is known.
  const burst = limiter.check(`mail:${addressHash}`, LIMITS.mailPerAddressBurst)
  const day = limiter.check(`mail-day:${addressHash}`, LIMITS.mailPerAddressDay)
  const maySend = burst.ok && day.ok

  const existing = (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })).docs[0] as Subscriber | undefined
  const now = new Date()
  const consent = { textVersion: consentVersion, givenAt: now.toISOString(), sourcePage: source }

  if (existing?.status === 'confirmed') {
    if (!maySend || !existing.manageTokenHash) return
    record(addressHash)
    void sendInBackground(payload, alreadySubscribedMail(email, manageToken(existing.id, existing.manageTokenHash)))
    return
  }
  // Without a message to carry a new link, the old link (if any) stays valid and nothing changes.
  if (!maySend) return
  const confirm = randomToken()
  const pending = {
    status: 'pending' as const,
    consent,
    confirmTokenHash: sha256(confirm),
    confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_TTL_MS).toISOString(),
  }
  let doc: Subscriber
  if (existing) {
    // A new manage secret on resubscription revokes the links in older messages.
    const manageTokenHash = existing.status === 'unsubscribed' || !existing.manageTokenHash ? sha256(randomToken()) : existing.manageTokenHash
    doc = (await payload.update({ collection: 'subscribers', id: existing.id, data: { ...pending, manageTokenHash }, overrideAccess: true, showHiddenFields: true, depth: 0 })) as Subscriber
  } else {
    doc = (await payload.create({ collection: 'subscribers', data: { email, ...pending, manageTokenHash: sha256(randomToken()) }, overrideAccess: true, showHiddenFields: true, depth: 0 })) as Subscriber
  }
  record(addressHash)
  void sendInBackground(payload, confirmationMail(email, confirm, manageToken(doc.id, doc.manageTokenHash ?? '')))
}

function record(addressHash: string) {
  limiter.record(`mail:${addressHash}`, LIMITS.mailPerAddressBurst)
  limiter.record(`mail-day:${addressHash}`, LIMITS.mailPerAddressDay)
}

/** POST /api/newsletter/subscribe — see README "Newsletter". */
export const subscribe: PayloadHandler = async (req) => {
  const start = Date.now()
  if (isForeignOrigin(req)) return fail(req, 403, [{ field: 'origin', message: 'Signups are accepted from the clearinghouse website only.' }])

  const ipKey = `ip:${addressKey(callerAddress(req))}`
  const flood = limiter.hit(`any:${ipKey}`, LIMITS.anyRequest)
  if (!flood.ok) return tooMany(req, flood.retryAfter)

  let fields: Record<string, unknown>
  try {
    fields = (await parseFields(req)).fields
  } catch (err) {
    if (err instanceof BodyError) return fail(req, err.status, [{ field: err.field, message: err.message }])
    throw err
  }
  const parsed = subscribeSchema.safeParse(fields)
  if (!parsed.success) return fail(req, 400, fieldErrors(parsed.error))
  const body = parsed.data

  // Honeypot: people never see the field; whatever fills it gets the answer it hoped for, and nothing else.
  if (body.website) return succeed(req, start)

  const errors: FieldError[] = []
  const address = normaliseEmail(body.email)
  if (!address.ok) errors.push({ field: 'email', message: address.message })
  if (body.consentVersion !== (await currentConsentVersion(req.payload))) {
    errors.push({ field: 'consentVersion', message: 'The consent text has changed since this page was loaded. Reload the page, read it again and resubmit.' })
  }
  if (errors.length) return fail(req, 400, errors)

  if (body.challenge !== undefined || body.pow !== undefined) {
    const problem = verifyChallenge(body.challenge ?? '', body.pow ?? '', { minBits: env.NEWSLETTER_POW_BITS, minFillMs: env.NEWSLETTER_MIN_FILL_MS })
    if (problem === 'busy') return fail(req, 503, [{ field: 'challenge', message: CHALLENGE_MESSAGES.busy }], { 'Retry-After': '120' })
    if (problem) return fail(req, 400, [{ field: 'challenge', message: CHALLENGE_MESSAGES[problem] }])
    const limit = limiter.hit(`signup:${ipKey}`, LIMITS.signupWithChallenge)
    if (!limit.ok) return tooMany(req, limit.retryAfter)
  } else {
    // No challenge: the form without JavaScript (or a script). Accepted, but far more sparingly.
    const global = limiter.check('signup-nochallenge:all', LIMITS.signupWithoutChallengeGlobal)
    if (!global.ok) return tooMany(req, global.retryAfter)
    const limit = limiter.hit(`signup-nochallenge:${ipKey}`, LIMITS.signupWithoutChallenge)
    if (!limit.ok) return tooMany(req, limit.retryAfter)
    limiter.record('signup-nochallenge:all', LIMITS.signupWithoutChallengeGlobal)
  }

  const email = address.ok ? address.email : ''
  try {
    // A second try covers two signups of one new address racing for the unique index.
    await register(req, email, body.consentVersion, body.source).catch(() => register(req, email, body.consentVersion, body.source))
  } catch (err) {
    req.payload.logger.error({ err, msg: 'newsletter: signup could not be stored' })
    return fail(req, 503, [{ field: 'email', message: 'The signup could not be saved just now. Please try again in a few minutes.' }], { 'Retry-After': '60' })
  }
  return succeed(req, start)
}
