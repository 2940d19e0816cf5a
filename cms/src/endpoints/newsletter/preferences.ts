import type { PayloadHandler, PayloadRequest } from 'payload'

import type { Subscriber } from '@clearinghouse/shared/payload-types'
import { JURISDICTIONS, KOSOVO_FOOTNOTE, NEWSLETTER_LISTS, isValueOf } from '@clearinghouse/shared/vocab'

import { addressKey } from './clientAddress'
import { BodyError, callerAddress, readBody } from './http'
import { sitePage } from './links'
import { esc, htmlPage, invalidLinkPage } from './page'
import { LIMITS, limiter } from './rateLimit'
import { subscriberByManageToken } from './subscriberByToken'

type List = (typeof NEWSLETTER_LISTS)[number]['value']
type Jurisdiction = (typeof JURISDICTIONS)[number]['value']

function checkboxes(name: string, terms: readonly { value: string; label: string }[], chosen: readonly string[]): string {
  return terms
    .map((t) => `<label><input type="checkbox" name="${name}" value="${esc(t.value)}"${chosen.includes(t.value) ? ' checked' : ''}> ${esc(t.label)}</label>`)
    .join('\n')
}

function form(token: string, doc: Pick<Subscriber, 'lists' | 'jurisdictions' | 'status'>, notice = '', status = 200): Response {
  const q = `?token=${esc(encodeURIComponent(token))}`
  const pending = doc.status === 'pending' ? '<p class="note">This address is not confirmed yet: use the link in the confirmation message first. Your choices are kept.</p>' : ''
  return htmlPage(
    'Choose what you receive',
    `${notice}${pending}
<form method="post" action="${q}">
<fieldset>
<legend>Messages</legend>
${checkboxes('lists', NEWSLETTER_LISTS, doc.lists ?? [])}
</fieldset>
<fieldset>
<legend>Jurisdictions (none ticked means all)</legend>
${checkboxes('jurisdictions', JURISDICTIONS, doc.jurisdictions ?? [])}
<p class="small">${esc(KOSOVO_FOOTNOTE)}</p>
</fieldset>
<button type="submit">Save my choices</button>
</form>
<p><a href="unsubscribe${q}">Unsubscribe from everything</a></p>`,
    status,
  )
}

type Guarded = { response: Response } | { token: string; doc: Subscriber }

const guard = async (req: PayloadRequest): Promise<Guarded> => {
  if (!limiter.hit(`links:${addressKey(callerAddress(req))}`, LIMITS.links).ok) return { response: htmlPage('Too many requests', '<p>Please try again in a few minutes.</p>', 429) }
  const token = req.searchParams.get('token') ?? ''
  const doc = await subscriberByManageToken(req.payload, token)
  if (!doc) return { response: invalidLinkPage(sitePage('/newsletter/')) }
  if (doc.status === 'unsubscribed') {
    return { response: htmlPage('You are unsubscribed', `<p>This address receives no newsletter from us.</p><p><a href="${esc(sitePage('/newsletter/'))}">Subscribe again</a></p>`) }
  }
  return { token, doc }
}

/** GET /api/newsletter/preferences?token= — the subscriber's choices as an accessible form. */
export const preferencesPage: PayloadHandler = async (req) => {
  const g = await guard(req)
  return 'response' in g ? g.response : form(g.token, g.doc)
}

/** POST /api/newsletter/preferences?token= — saves lists and jurisdictions (form-encoded). */
export const savePreferences: PayloadHandler = async (req) => {
  const g = await guard(req)
  if ('response' in g) return g.response
  let params: URLSearchParams
  try {
    params = new URLSearchParams(await readBody(req))
  } catch (err) {
    if (!(err instanceof BodyError)) throw err
    return htmlPage('Request too large', `<p>${esc(err.message)}</p>`, err.status)
  }
  const lists = params.getAll('lists')
  const jurisdictions = params.getAll('jurisdictions')
  const unknown = [...lists.filter((l) => !isValueOf(NEWSLETTER_LISTS, l)), ...jurisdictions.filter((j) => !isValueOf(JURISDICTIONS, j))]
  if (unknown.length) return form(g.token, g.doc, '<p class="note error" role="alert">Some choices were not recognised. Please tick the boxes again.</p>', 400)
  if (lists.length === 0) {
    return form(g.token, { ...g.doc, jurisdictions: jurisdictions as Jurisdiction[], lists: [] }, '<p class="note error" role="alert">Tick at least one kind of message, or unsubscribe from everything with the link below.</p>', 400)
  }
  const data = { lists: [...new Set(lists)] as List[], jurisdictions: [...new Set(jurisdictions)] as Jurisdiction[] }
  await req.payload.update({ collection: 'subscribers', id: g.doc.id, data, overrideAccess: true, depth: 0 })
  return form(g.token, { ...g.doc, ...data }, '<p class="note" role="status">Your choices are saved.</p>')
}
