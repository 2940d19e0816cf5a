import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Subscriber } from '@clearinghouse/shared/payload-types'

import { SITE, linkIn, listUnsubscribeUrl, nextIp, rawHeader, startNewsletterCms, type NewsletterCms } from '../helpers/newsletterHarness'

let cms: NewsletterCms
let payload: Payload
let base: string
// Imported after the environment is set: env.ts reads it once, at import.
let solveChallenge: (challenge: string, bits: number) => string

beforeAll(async () => {
  cms = await startNewsletterCms('newsletter')
  payload = cms.payload
  base = cms.base
  ;({ solveChallenge } = await import('../../src/endpoints/newsletter/challenge'))
})
afterAll(async () => cms?.close())

const CONSENT = '2026-11'
const valid = (email: string, extra: Record<string, unknown> = {}) => ({ email, consentVersion: CONSENT, source: '/newsletter/', ...extra })

/** A signup as the enhanced form sends it: JSON answer wanted, from the site's origin. */
function post(body: unknown, opts: { ip?: string; headers?: Record<string, string> } = {}) {
  return fetch(`${base}/api/newsletter/subscribe`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/json', Origin: SITE, 'X-Forwarded-For': opts.ip ?? nextIp(), ...opts.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** A signup as the plain HTML form sends it (no JavaScript). */
function postForm(fields: Record<string, string>, ip = nextIp()) {
  return fetch(`${base}/api/newsletter/subscribe`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE, 'X-Forwarded-For': ip },
    body: new URLSearchParams(fields).toString(),
  })
}

const subscriber = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, showHiddenFields: true, limit: 1 })).docs[0] as Subscriber | undefined

const mailsTo = (email: string) => cms.inbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === email)

describe('double opt-in through a real SMTP server', () => {
  const email = 'reader.one@example.org'

  it('a signup sends one confirmation e-mail with RFC 8058 unsubscribe headers and stores a pending record', async () => {
    const res = await post(valid('  Reader.One@Example.ORG ', { status: 'confirmed', confirmedAt: '2020-01-01T00:00:00Z', lists: ['x'] }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, message: expect.stringMatching(/check your inbox/i) })
    const mail = await cms.inbox.waitFor((m) => m.subject?.startsWith('Confirm your subscription') === true)
    expect(mail.to && !Array.isArray(mail.to) && mail.to.text).toBe(email)
    expect(rawHeader(mail, 'list-unsubscribe')).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/newsletter\/unsubscribe\?token=[^>]+>, <mailto:[^>]+>$/)
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const doc = await subscriber(email)
    expect(doc).toMatchObject({ status: 'pending', confirmedAt: null, consent: { textVersion: CONSENT, sourcePage: '/newsletter/' } })
    expect(doc?.consent?.givenAt).toBeTruthy()
    // Only hashes are stored: the raw token in the mail appears nowhere in the record.
    const token = new URL(linkIn(mail, 'confirm')).searchParams.get('token') ?? ''
    expect(JSON.stringify(doc)).not.toContain(token)
    expect(doc?.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('the link from the e-mail confirms once, then is spent', async () => {
    const mail = await cms.inbox.waitFor((m) => m.subject?.startsWith('Confirm your subscription') === true)
    const link = linkIn(mail, 'confirm')
    const res = await fetch(link, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${SITE}/newsletter/confirmed/`)
    const doc = await subscriber(email)
    expect(doc?.status).toBe('confirmed')
    expect(doc?.confirmedAt).toBeTruthy()
    expect(doc?.confirmTokenHash).toBeNull()
    const again = await fetch(link, { redirect: 'manual' })
    expect(again.headers.get('location')).toBe(`${SITE}/newsletter/error/?reason=link#reason-link`)
  })

  it('opening the unsubscribe link (GET) only shows a button and changes nothing', async () => {
    const mail = mailsTo(email)[0]!
    const res = await fetch(listUnsubscribeUrl(mail))
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<form method="post"[^>]*>\s*<button type="submit">Unsubscribe<\/button>/)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect((await subscriber(email))?.status).toBe('confirmed')
  })

  it('the List-Unsubscribe URL unsubscribes with a cookie-less one-click POST: 200, no redirect', async () => {
    const mail = mailsTo(email)[0]!
    const res = await fetch(listUnsubscribeUrl(mail), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('location')).toBeNull()
    expect(res.headers.get('set-cookie')).toBeNull()
    const doc = await subscriber(email)
    expect(doc?.status).toBe('unsubscribed')
    expect(doc?.unsubscribedAt).toBeTruthy()
    // Posting again is harmless.
    expect((await fetch(listUnsubscribeUrl(mail), { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(200)
  })

  it('resubscribing works, and revokes the links of older messages', async () => {
    const old = mailsTo(email)[0]!
    // The per-address limit allows one message per 2 minutes; a real reader would wait that long.
    const { limiter } = await import('../../src/endpoints/newsletter/rateLimit')
    limiter.clear()
    expect((await post(valid(email))).status).toBe(200)
    const mail = await cms.inbox.waitFor((m) => m !== old && m.subject?.startsWith('Confirm') === true && mailsTo(email).includes(m))
    expect((await fetch(linkIn(mail, 'confirm'), { redirect: 'manual' })).headers.get('location')).toBe(`${SITE}/newsletter/confirmed/`)
    expect((await subscriber(email))?.status).toBe('confirmed')
    const stale = await fetch(listUnsubscribeUrl(old), { method: 'POST', body: 'List-Unsubscribe=One-Click' })
    expect(stale.status).toBe(404)
    expect((await subscriber(email))?.status).toBe('confirmed')
  })

  it('an expired confirmation link does not confirm', async () => {
    const addr = 'late.reader@example.org'
    await post(valid(addr))
    const mail = await cms.inbox.waitFor((m) => mailsTo(addr).includes(m))
    const doc = await subscriber(addr)
    await payload.update({ collection: 'subscribers', id: doc!.id, data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() } })
    const res = await fetch(linkIn(mail, 'confirm'), { redirect: 'manual' })
    expect(res.headers.get('location')).toContain('/newsletter/error/?reason=link')
    expect((await subscriber(addr))?.status).toBe('pending')
  })
})

describe('no enumeration', () => {
  it('new, pending and confirmed addresses get the same status, body and roughly the same time', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'known.confirmed@example.org', status: 'confirmed', manageTokenHash: 'a'.repeat(64) } })
    await payload.create({ collection: 'subscribers', data: { email: 'known.pending@example.org', status: 'pending' } })
    const time = async (email: string) => {
      const t = performance.now()
      const res = await post(valid(email))
      return { status: res.status, body: await res.text(), ms: performance.now() - t }
    }
    const runs = await Promise.all(
      ['brand.new@example.org', 'known.pending@example.org', 'known.confirmed@example.org'].map(async (email) => {
        const out = []
        for (let i = 0; i < 3; i++) out.push(await time(email))
        return out
      }),
    )
    const all = runs.flat()
    expect(new Set(all.map((r) => r.status))).toEqual(new Set([200]))
    expect(new Set(all.map((r) => r.body)).size).toBe(1)
    const medians = runs.map((r) => r.map((x) => x.ms).sort((a, b) => a - b)[1]!)
    expect(Math.max(...medians) - Math.min(...medians)).toBeLessThan(120)
    expect(Math.min(...medians)).toBeGreaterThanOrEqual(245)
  })

  it('a confirmed address gets an "already subscribed" message with its manage link, not a new confirmation', async () => {
    const addr = 'already@example.org'
    await post(valid(addr))
    const first = await cms.inbox.waitFor((m) => mailsTo(addr).includes(m))
    await fetch(linkIn(first, 'confirm'), { redirect: 'manual' })
    // The per-address burst limit allows one message per 2 minutes: clear it for this test.
    const { limiter } = await import('../../src/endpoints/newsletter/rateLimit')
    limiter.clear()
    await post(valid(addr))
    const second = await cms.inbox.waitFor((m) => m !== first && mailsTo(addr).includes(m))
    expect(second.subject).toMatch(/already subscribed/)
    expect(linkIn(second, 'preferences')).toBeTruthy()
    expect((await subscriber(addr))?.status).toBe('confirmed')
  })

  it('repeated signups of one address within minutes send one message, with identical answers', async () => {
    const addr = 'hammered@example.org'
    const answers = await Promise.all([0, 1, 2].map(async (i) => {
      await new Promise((r) => setTimeout(r, i * 30))
      const res = await post(valid(addr))
      return `${res.status} ${await res.text()}`
    }))
    expect(new Set(answers).size).toBe(1)
    await new Promise((r) => setTimeout(r, 800))
    expect(mailsTo(addr)).toHaveLength(1)
  })
})

describe('without JavaScript', () => {
  it('a plain form POST is redirected (303) to the check-your-inbox page', async () => {
    const res = await postForm({ email: 'noscript@example.org', consentVersion: CONSENT, source: '/news/', website: '' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${SITE}/newsletter/check-your-inbox/`)
    expect((await subscriber('noscript@example.org'))?.consent?.sourcePage).toBe('/news/')
  })

  it.each([
    [{ email: 'not-an-address', consentVersion: CONSENT, source: '/' }, 'invalid'],
    [{ email: 'ok@example.org', consentVersion: '1999-01', source: '/' }, 'consent'],
  ])('an invalid form POST is redirected to the error page with its reason (%#)', async (fields, reason) => {
    const res = await postForm(fields)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${SITE}/newsletter/error/?reason=${reason}#reason-${reason}`)
  })
})

describe('validation', () => {
  it.each([
    ['an address with a line break', valid('victim@example.org\r\nBcc: x@evil.example'), 'email'],
    ['an address with a control character', valid('a\u0000b@example.org'), 'email'],
    ['an address longer than 254 characters', valid(`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org`), 'email'],
    ['a quoted local part', valid('"a b"@example.org'), 'email'],
    ['a number as address', valid('x', { email: 42 }), 'email'],
    ['an old consent version', valid('ok@example.org', { consentVersion: '2020-01' }), 'consentVersion'],
    ['an absolute URL as source', valid('ok@example.org', { source: 'https://evil.example/' }), 'source'],
    ['a protocol-relative source', valid('ok@example.org', { source: '//evil.example/' }), 'source'],
    ['a missing source', { email: 'ok@example.org', consentVersion: CONSENT }, 'source'],
    ['a JSON array', [1, 2], 'body'],
  ])('%s → 400 naming the field', async (_label, body, field) => {
    const res = await post(body)
    expect(res.status).toBe(400)
    const json = (await res.json()) as { errors: { field: string; message: string }[] }
    expect(json.errors.map((e) => e.field)).toContain(field)
    expect(json.errors[0]?.message.length).toBeGreaterThan(10)
  })

  it('a body over 4 KB is refused with 413, declared or streamed', async () => {
    const big = JSON.stringify(valid('ok@example.org', { pad: 'x'.repeat(5000) }))
    expect((await post(big)).status).toBe(413)
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1000)))
        c.close()
      },
    })
    const res = await fetch(`${base}/api/newsletter/subscribe`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': nextIp() }, body: stream, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({ errors: [{ field: 'body', message: expect.stringContaining('4096') }] })
  })

  it('other content types get 415', async () => {
    const res = await post('email=a@b.org', { headers: { 'Content-Type': 'text/plain', Accept: 'application/json' } })
    expect(res.status).toBe(415)
  })
})

describe('bot protection', () => {
  it('a filled honeypot gets the same success answer, but no record and no e-mail', async () => {
    const res = await post(valid('honey@example.org', { website: 'http://spam.example' }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, message: expect.stringMatching(/check your inbox/i) })
    const form = await postForm({ ...valid('honey2@example.org'), website: 'x' } as Record<string, string>)
    expect(form.headers.get('location')).toBe(`${SITE}/newsletter/check-your-inbox/`)
    await new Promise((r) => setTimeout(r, 500))
    expect(await subscriber('honey@example.org')).toBeUndefined()
    expect(await subscriber('honey2@example.org')).toBeUndefined()
    expect(mailsTo('honey@example.org')).toHaveLength(0)
  })

  it('the signed challenge: too fast, solved, replayed, tampered, unsolved', async () => {
    const ip = nextIp()
    const got = await fetch(`${base}/api/newsletter/challenge`, { headers: { Origin: SITE, 'X-Forwarded-For': ip } })
    expect(got.status).toBe(200)
    expect(got.headers.get('access-control-allow-origin')).toBe(SITE)
    const { challenge, bits } = (await got.json()) as { challenge: string; bits: number }
    const pow = solveChallenge(challenge, bits)
    const field = async (res: Response) => ((await res.json()) as { errors?: { field: string; message: string }[] }).errors?.[0]
    expect(await field(await post(valid('pow@example.org', { challenge, pow }), { ip }))).toMatchObject({ field: 'challenge', message: expect.stringMatching(/quicker than a person/) })
    await new Promise((r) => setTimeout(r, 1600))
    expect((await post(valid('pow@example.org', { challenge, pow }), { ip })).status).toBe(200)
    expect(await field(await post(valid('pow2@example.org', { challenge, pow }), { ip }))).toMatchObject({ field: 'challenge', message: expect.stringMatching(/already sent/) })
    const tampered = challenge.replace(/\.(\d+)\./, '.1.')
    expect(await field(await post(valid('pow3@example.org', { challenge: tampered, pow: '0' }), { ip }))).toMatchObject({ field: 'challenge' })
    const fresh = ((await (await fetch(`${base}/api/newsletter/challenge`, { headers: { 'X-Forwarded-For': ip } })).json()) as { challenge: string }).challenge
    await new Promise((r) => setTimeout(r, 1600))
    // A pow that does not meet the difficulty (checked: the first failing counter).
    let bad = 0
    while (solveChallenge(fresh, bits) === String(bad)) bad++
    expect(await field(await post(valid('pow4@example.org', { challenge: fresh, pow: String(bad) }), { ip }))).toMatchObject({ field: 'challenge' })
    expect(await subscriber('pow2@example.org')).toBeUndefined()
  })

  it('signups without the challenge are limited per client address: 429 with Retry-After', async () => {
    const ip = nextIp()
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await post(valid(`flood${i}@example.org`), { ip })).status)
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    const res = await post(valid('flood-last@example.org'), { ip })
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('email')
    // Another client is not affected.
    expect((await post(valid('other-client@example.org'))).status).toBe(200)
    // A no-JS form that hits the limit lands on the error page.
    const form = await postForm(valid('flood-form@example.org') as Record<string, string>, ip)
    expect(form.headers.get('location')).toContain('reason=rate-limit')
  })

  it('a flood of any requests from one address is cut off before parsing', async () => {
    const ip = nextIp()
    let first429 = -1
    for (let i = 0; i < 70 && first429 < 0; i++) if ((await post('{', { ip })).status === 429) first429 = i
    expect(first429).toBe(60)
  })
})

describe('CORS and origins', () => {
  it('a preflight from the site is allowed, without credentials', async () => {
    const res = await fetch(`${base}/api/newsletter/subscribe`, { method: 'OPTIONS', headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
  })

  it('another origin gets no CORS headers and its POSTs are refused', async () => {
    const pre = await fetch(`${base}/api/newsletter/subscribe`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } })
    expect(pre.headers.get('access-control-allow-origin')).toBeNull()
    const res = await post(valid('cors@example.org'), { headers: { Origin: 'https://evil.example' } })
    expect(res.status).toBe(403)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(await subscriber('cors@example.org')).toBeUndefined()
  })
})

describe('preferences', () => {
  it('the manage link shows an accessible form and saves lists and jurisdictions', async () => {
    const addr = 'prefs@example.org'
    await post(valid(addr))
    const mail = await cms.inbox.waitFor((m) => mailsTo(addr).includes(m))
    const url = linkIn(mail, 'preferences')
    const page = await (await fetch(url)).text()
    expect(page).toMatch(/<legend>Messages<\/legend>/)
    expect(page).toMatch(/<label><input type="checkbox" name="lists" value="news" checked> All news<\/label>/)
    const saved = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'lists=avm-monthly&lists=publications&jurisdictions=serbia&jurisdictions=kosovo' })
    expect(saved.status).toBe(200)
    expect(await saved.text()).toContain('Your choices are saved')
    expect(await subscriber(addr)).toMatchObject({ lists: ['avm-monthly', 'publications'], jurisdictions: ['serbia', 'kosovo'] })
    const bad = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'lists=<script>' })
    expect(bad.status).toBe(400)
    expect(await bad.text()).not.toContain('<script>')
    expect((await fetch(url.replace(/token=\d+-/, 'token=1-'))).status).toBe(404)
  })
})

describe('admin', () => {
  it('the CSV export lists confirmed addresses to admins only, with formulas defused', async () => {
    const admin = await payload.create({ collection: 'users', data: { email: 'admin@example.org', password: 'a-long-test-password-1', name: 'Admin', role: 'admin' } })
    await payload.create({ collection: 'users', data: { email: 'editor@example.org', password: 'a-long-test-password-1', name: 'Editor', role: 'editor' } })
    await payload.create({ collection: 'subscribers', data: { email: '=cmd@example.org', status: 'confirmed' } })
    const token = async (email: string) => {
      const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'a-long-test-password-1' }) })
      return ((await res.json()) as { token: string }).token
    }
    expect((await fetch(`${base}/api/newsletter/subscribers.csv`)).status).toBe(401)
    expect((await fetch(`${base}/api/newsletter/subscribers.csv`, { headers: { Authorization: `JWT ${await token('editor@example.org')}` } })).status).toBe(403)
    const res = await fetch(`${base}/api/newsletter/subscribers.csv`, { headers: { Authorization: `JWT ${await token(admin.email)}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const csv = await res.text()
    expect(csv.split('\r\n')[0]).toBe('email,lists,jurisdictions,consentVersion,consentGivenAt,sourcePage,confirmedAt')
    expect(csv).toContain('"\'=cmd@example.org"')
    expect(csv).toContain('"reader.one@example.org"')
    expect(csv).not.toContain('late.reader@example.org')
  })

  it('deleting a subscriber removes the row from the database', async () => {
    const doc = await payload.create({ collection: 'subscribers', data: { email: 'forget.me@example.org', status: 'confirmed' } })
    await payload.delete({ collection: 'subscribers', id: doc.id })
    const client = (payload.db as unknown as { client: { execute(sql: { sql: string; args: unknown[] }): Promise<{ rows: unknown[] }> } }).client
    const { rows } = await client.execute({ sql: "select * from subscribers where email like '%forget.me%'", args: [] })
    expect(rows).toHaveLength(0)
  })
})
