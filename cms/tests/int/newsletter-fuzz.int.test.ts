import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SITE, nextIp, startNewsletterCms, type NewsletterCms } from '../helpers/newsletterHarness'

/**
 * Property-based: malformed signups over real HTTP never cause a 500, always get a 4xx whose JSON
 * names the offending field, and never create a subscriber or send a message.
 */
let cms: NewsletterCms
let payload: Payload
let url: string
let normaliseEmail: (raw: string) => { ok: boolean }

beforeAll(async () => {
  cms = await startNewsletterCms('newsletter-fuzz')
  payload = cms.payload
  url = `${cms.base}/api/newsletter/subscribe`
  ;({ normaliseEmail } = await import('../../src/endpoints/newsletter/validate'))
})
afterAll(async () => cms?.close())

const CONSENT = '2026-11'
const FIELDS = ['email', 'consentVersion', 'source', 'website', 'challenge', 'pow', 'body', 'origin']

async function send(body: string | Uint8Array, contentType: string | undefined): Promise<{ status: number; json: { errors?: { field: string; message: string }[] } }> {
  const headers: Record<string, string> = { Accept: 'application/json', Origin: SITE, 'X-Forwarded-For': nextIp() }
  if (contentType !== undefined) headers['Content-Type'] = contentType
  const res = await fetch(url, { method: 'POST', headers, body: body as BodyInit })
  const text = await res.text()
  let json = {}
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error(`status ${res.status}, not JSON: ${text.slice(0, 200)}`)
  }
  return { status: res.status, json }
}

function expectClearError(r: Awaited<ReturnType<typeof send>>, field?: string) {
  expect(r.status).toBeGreaterThanOrEqual(400)
  expect(r.status).toBeLessThan(500)
  expect(r.status).not.toBe(429)
  const errors = r.json.errors ?? []
  expect(errors.length).toBeGreaterThan(0)
  for (const e of errors) {
    expect(FIELDS).toContain(e.field)
    expect(e.message.length).toBeGreaterThan(5)
  }
  if (field) expect(errors.map((e) => e.field)).toContain(field)
}

/** Addresses that must be refused: mutations of a valid one, and arbitrary strings the validator refuses. */
const badAddress = fc.oneof(
  fc.tuple(fc.constantFrom('\r\n', '\n', '\r', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028'), fc.nat(20)).map(([c, i]) => {
    const a = 'reader@example.org'
    const at = i % (a.length + 1)
    return `${a.slice(0, at)}${c}${a.slice(at)}`
  }),
  fc.constantFrom('', ' ', '@', 'a@', '@b.org', 'a@@b.org', 'a@b', 'a@b.c', 'a@-b.org', 'a@b-.org', 'a..b@c.org', '.a@b.org', 'a.@b.org', '"a"@b.org', 'a b@c.org', 'a@[127.0.0.1]', 'a@b.org,c@d.org', 'a@b.org\r\nBcc: c@d.org', 'a@b.123'),
  fc.nat({ max: 400 }).map((n) => `${'a'.repeat(n + 65)}@example.org`),
  fc.nat({ max: 200 }).map((n) => `a@${'b'.repeat(n + 250)}.org`),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => `${s}@${s}`),
).filter((s) => !normaliseEmail(s).ok)

describe('malformed signups over real HTTP', () => {
  it('bad addresses (JSON and form) → 400 naming email, nothing stored', async () => {
    await fc.assert(
      fc.asyncProperty(badAddress, fc.boolean(), async (email, asForm) => {
        const fields = { email, consentVersion: CONSENT, source: '/' }
        const r = asForm ? await send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded') : await send(JSON.stringify(fields), 'application/json')
        expectClearError(r, 'email')
      }),
      { numRuns: 400 },
    )
  })

  it('arbitrary JSON values and wrongly typed fields → 400', async () => {
    const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }))
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ email: wrongType, consentVersion: fc.constant(CONSENT), source: fc.constant('/') }),
      fc.record({ email: fc.constant('ok@example.org'), consentVersion: fc.oneof(wrongType, fc.string({ maxLength: 60 }).filter((s) => s !== CONSENT)), source: fc.constant('/') }),
      fc.record({ email: fc.constant('ok@example.org'), consentVersion: fc.constant(CONSENT), source: fc.oneof(wrongType, fc.webUrl(), fc.string({ maxLength: 40 }).filter((s) => !/^\/(?!\/)[A-Za-z0-9\-._~/%]*$/.test(s))) }),
      fc.record({ email: fc.constant('ok@example.org'), consentVersion: fc.constant(CONSENT), source: fc.constant('/'), challenge: fc.string({ maxLength: 120 }), pow: fc.string({ maxLength: 20 }) }),
    )
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const r = await send(JSON.stringify(value), 'application/json')
        expectClearError(r)
      }),
      { numRuns: 300 },
    )
  })

  it('broken bodies, odd content types and oversized bodies → 400/413/415 naming body', async () => {
    const valid = JSON.stringify({ email: 'ok@example.org', consentVersion: CONSENT, source: '/' })
    const contentType = fc.oneof(
      fc.constantFrom(undefined, '', 'text/plain', 'text/html', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1', 'application/x-www-form-urlencoded; charset=iso-8859-1', 'application/jsonx', '*/*'),
      // Printable ASCII only: fetch itself refuses control characters in a header.
      fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 }).filter((s) => !/^\s*application\/(json|x-www-form-urlencoded)\s*(;|$)/i.test(s)),
    )
    const brokenJson = fc.oneof(fc.string({ maxLength: 200 }).filter((s) => { try { JSON.parse(s); return false } catch { return true } }), fc.constant(valid.slice(0, -1)))
    const invalidUtf8 = fc.uint8Array({ minLength: 1, maxLength: 100 }).map((b) => new Uint8Array([0x7b, ...b, 0xc3, 0x28, 0x7d]))
    const oversize = fc.integer({ min: 4097, max: 200_000 }).map((n) => valid.slice(0, -1) + `,"pad":"${'x'.repeat(n)}"}`)
    const cases = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), body: fc.constant(valid), type: contentType }),
      fc.record({ kind: fc.constant('json' as const), body: brokenJson, type: fc.constant('application/json') }),
      fc.record({ kind: fc.constant('utf8' as const), body: invalidUtf8, type: fc.constantFrom('application/json', 'application/x-www-form-urlencoded') }),
      fc.record({ kind: fc.constant('size' as const), body: oversize, type: fc.constantFrom('application/json', 'application/x-www-form-urlencoded') }),
    )
    await fc.assert(
      fc.asyncProperty(cases, async ({ kind, body, type }) => {
        const r = await send(body, type)
        expectClearError(r, kind === 'utf8' && type.includes('urlencoded') ? undefined : 'body')
        if (kind === 'size') expect(r.status).toBe(413)
        if (kind === 'type') expect(r.status).toBe(415)
      }),
      { numRuns: 400 },
    )
  })

  it('after all of that: no subscriber was created and no message was sent', async () => {
    expect((await payload.count({ collection: 'subscribers' })).totalDocs).toBe(0)
    await new Promise((r) => setTimeout(r, 300))
    expect(cms.inbox.messages).toHaveLength(0)
  })
})
