import type { PayloadHandler, PayloadRequest } from 'payload'

import { addressKey } from './clientAddress'
import { BodyError, callerAddress, readBody } from './http'
import { sitePage } from './links'
import { esc, htmlPage, invalidLinkPage } from './page'
import { LIMITS, limiter } from './rateLimit'
import { subscriberByManageToken } from './subscriberByToken'

const tooMany = () => htmlPage('Too many requests', '<p>Please try again in a few minutes.</p>', 429)

function limited(req: PayloadRequest): boolean {
  return !limiter.hit(`links:${addressKey(callerAddress(req))}`, LIMITS.links).ok
}

/** GET /api/newsletter/unsubscribe?token= — asks, changes nothing (link scanners open every link). */
export const unsubscribePage: PayloadHandler = async (req) => {
  if (limited(req)) return tooMany()
  const token = req.searchParams.get('token')
  const doc = await subscriberByManageToken(req.payload, token)
  if (!doc) return invalidLinkPage(sitePage('/newsletter/'))
  if (doc.status === 'unsubscribed') return htmlPage('You are unsubscribed', `<p>This address receives no newsletter from us.</p><p><a href="${esc(sitePage('/newsletter/'))}">Subscribe again</a></p>`)
  return htmlPage(
    'Unsubscribe from the newsletter',
    `<p>Press the button to stop all newsletter messages to this address. You can subscribe again at any time.</p>
<form method="post" action="?token=${esc(encodeURIComponent(token ?? ''))}">
<button type="submit">Unsubscribe</button>
</form>
<p class="small">Only want fewer messages? <a href="preferences?token=${esc(encodeURIComponent(token ?? ''))}">Choose what you receive</a> instead.</p>`,
  )
}

/**
 * POST /api/newsletter/unsubscribe?token= — RFC 8058 one-click: the token alone authorises it (no
 * cookie, no CSRF token, any or no body); answers 200 without a redirect. Idempotent.
 */
export const unsubscribe: PayloadHandler = async (req) => {
  if (limited(req)) return tooMany()
  try {
    // The body ("List-Unsubscribe=One-Click") carries nothing we need, but it is still bounded.
    await readBody(req)
  } catch (err) {
    if (!(err instanceof BodyError)) throw err
    return htmlPage('Request too large', `<p>${esc(err.message)}</p>`, err.status)
  }
  const doc = await subscriberByManageToken(req.payload, req.searchParams.get('token'))
  if (!doc) return invalidLinkPage(sitePage('/newsletter/'))
  if (doc.status !== 'unsubscribed') {
    await req.payload.update({
      collection: 'subscribers',
      id: doc.id,
      data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString(), confirmTokenHash: null, confirmTokenExpiresAt: null },
      overrideAccess: true,
      depth: 0,
    })
  }
  return htmlPage('You are unsubscribed', `<p>We will send no more newsletter messages to this address.</p><p>Changed your mind? <a href="${esc(sitePage('/newsletter/'))}">Subscribe again</a>.</p>`)
}
