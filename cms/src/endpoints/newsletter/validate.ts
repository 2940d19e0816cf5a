import { domainToASCII } from 'node:url'

import { z } from 'zod'

/** Longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
export const MAX_EMAIL_LENGTH = 254

// RFC 5322 dot-atom local part (ASCII: not every mail server accepts SMTPUTF8).
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/**
 * Checks an address and returns it normalised (trimmed, lower-case, domain in ASCII/punycode), or
 * the reason it was refused. Deliberately stricter than RFC 5322: no quoted local parts, comments
 * or IP-literal domains, which real subscribers do not use and header injection does.
 * @example normaliseEmail(' Ana@Primjer.HR ') // { ok: true, email: 'ana@primjer.hr' }
 */
export function normaliseEmail(raw: string): { ok: true; email: string } | { ok: false; message: string } {
  if (CONTROL.test(raw)) return { ok: false, message: 'The address contains a line break or another control character.' }
  const value = raw.trim()
  if (value === '') return { ok: false, message: 'Enter your e-mail address.' }
  if (value.length > MAX_EMAIL_LENGTH) return { ok: false, message: `The address is longer than ${MAX_EMAIL_LENGTH} characters.` }
  const at = value.lastIndexOf('@')
  if (at <= 0 || at === value.length - 1) return { ok: false, message: 'Enter an address like name@example.org.' }
  const local = value.slice(0, at)
  const domainRaw = value.slice(at + 1)
  if (local.length > 64 || !LOCAL.test(local)) return { ok: false, message: 'The part before the @ contains characters an address cannot have.' }
  // domainToASCII turns an internationalised domain into punycode and returns '' for invalid ones.
  const domain = /^[\p{L}\p{N}.-]+$/u.test(domainRaw) ? domainToASCII(domainRaw.toLowerCase()) : ''
  const labels = domain.split('.')
  if (!domain || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(labels.at(-1) ?? '')) {
    return { ok: false, message: 'The part after the @ is not a valid domain.' }
  }
  const email = `${local.toLowerCase()}@${domain}`
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, message: `The address is longer than ${MAX_EMAIL_LENGTH} characters.` }
  return { ok: true, email }
}

const text = (field: string, max: number) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${field} is missing.` : `${field} must be text.`) }).max(max, `${field} is longer than ${max} characters.`)

/** A path on the public site: `/news/some-item/`. No scheme, host, query or fragment. */
const SITE_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/%]{0,299}$/

/** The signup body. Fields not listed here (`status`, `confirmedAt`…) are dropped unread. */
export const subscribeSchema = z.object({
  email: z.string({ error: (issue) => (issue.input === undefined ? 'Enter your e-mail address.' : 'The address must be text.') }).max(1000, 'The address is far too long.'),
  consentVersion: text('The consent version', 40),
  source: text('The source page', 300).regex(SITE_PATH, 'The source page must be a path on the site, such as /newsletter/.'),
  website: text('The website field', 200).optional(),
  challenge: text('The challenge', 200).optional(),
  pow: text('The proof of work', 32).optional(),
})

export type SubscribeBody = z.output<typeof subscribeSchema>

export interface FieldError {
  field: string
  message: string
}

/** Zod issues → `{ field, message }`, one per field, in the order of the schema. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>()
  const out: FieldError[] = []
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'body')
    if (seen.has(field)) continue
    seen.add(field)
    out.push({ field, message: issue.message })
  }
  return out
}
