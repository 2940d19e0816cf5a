import type { PayloadHandler } from 'payload'

import type { Subscriber } from '@clearinghouse/shared/payload-types'

import { callerAddress, redirect, siteOrigin } from './http'
import { addressKey } from './clientAddress'
import { LIMITS, limiter } from './rateLimit'
import { sha256 } from './tokens'

/**
 * GET /api/newsletter/confirm?token= — the link in the confirmation e-mail. Single use: the hash is
 * cleared on success; expired or unknown tokens lead to the site's error page.
 */
export const confirm: PayloadHandler = async (req) => {
  const site = siteOrigin(req)
  const failed = (reason: string) => redirect(req, `${site}/newsletter/error/?reason=${reason}#reason-${reason}`)
  const limit = limiter.hit(`links:${addressKey(callerAddress(req))}`, LIMITS.links)
  if (!limit.ok) return failed('rate-limit')
  const token = req.searchParams.get('token') ?? ''
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return failed('link')
  const { payload } = req
  const doc = (await payload.find({ collection: 'subscribers', where: { confirmTokenHash: { equals: sha256(token) } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })).docs[0] as Subscriber | undefined
  if (!doc || doc.status !== 'pending') return failed('link')
  if (!doc.confirmTokenExpiresAt || new Date(doc.confirmTokenExpiresAt).getTime() < Date.now()) return failed('link')
  await payload.update({
    collection: 'subscribers',
    id: doc.id,
    data: { status: 'confirmed', confirmedAt: new Date().toISOString(), confirmTokenHash: null, confirmTokenExpiresAt: null },
    overrideAccess: true,
    depth: 0,
  })
  return redirect(req, `${site}/newsletter/confirmed/`)
}
