import { pbkdf2Sync } from 'node:crypto'
import http from 'node:http'

import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SITE, startNewsletterCms, type NewsletterCms } from '../helpers/newsletterHarness'

/**
 * Sign-in, sessions, CSRF/CORS and password recovery, attacked from outside: every request goes
 * over real HTTP to Payload's REST routing (what Next's route handlers call) on a fresh SQLite
 * file, and e-mail goes to a real SMTP server in this process. Every line the logger writes is
 * kept, and the last test searches all of it for addresses, passwords, tokens and cookies.
 */
let cms: NewsletterCms
let payload: Payload
let base: string
const PASSWORD = 'a-long-test-password-1'
const EVIL = 'https://evil.example'
const logLines: unknown[] = []
/** Every password, token and cookie value a test used: none may appear in the log. */
const secrets = new Set<string>([PASSWORD])

interface Answer {
  status: number
  headers: Headers
  body: unknown
  ms: number
}

async function call(path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const started = performance.now()
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const text = await res.text()
  const ms = performance.now() - started
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body, ms }
}

const login = (email: string, password: string) => call('/api/users/login', { json: { email, password } })

interface Session {
  token: string
  /** `payload-token=…`, as a browser would send it back. */
  cookie: string
  setCookie: string
  id: number
}

async function signIn(email: string, password = PASSWORD): Promise<Session> {
  const res = await login(email, password)
  expect(res.status).toBe(200)
  const setCookie = res.headers.get('set-cookie') ?? ''
  const token = (res.body as { token: string }).token
  secrets.add(token)
  return { token, cookie: setCookie.split(';')[0] ?? '', setCookie, id: (res.body as { user: { id: number } }).user.id }
}

/** The signed-in user seen by the CMS for these credentials, or null. */
async function me(headers: Record<string, string>): Promise<string | null> {
  const res = await call('/api/users/me', { headers })
  return (res.body as { user: { email: string } | null }).user?.email ?? null
}

const withToken = (s: Session) => ({ Authorization: `JWT ${s.token}` })
/** The cookie, sent the way a page of the CMS itself would send it. */
const withCookie = (s: Session) => ({ Cookie: s.cookie, Origin: base })

async function createUser(email: string, role: 'admin' | 'editor' = 'editor') {
  return payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email.split('@')[0] ?? 'user', role } })
}

beforeAll(async () => {
  cms = await startNewsletterCms('auth')
  payload = cms.payload
  base = cms.base
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
    const original = payload.logger[level].bind(payload.logger)
    payload.logger[level] = ((obj: unknown, msg?: unknown) => {
      logLines.push({ level, obj, msg })
      return original(obj as never, msg as never)
    }) as typeof payload.logger.warn
  }
  await createUser('admin@example.org', 'admin')
  for (const email of ['editor@example.org', 'wrong@example.org', 'locked@example.org', 'timing@example.org', 'logout@example.org', 'changer@example.org', 'victim@example.org', 'csrf@example.org', 'stolen@example.org']) {
    await createUser(email)
  }
}, 120_000)

afterAll(async () => {
  await cms?.close()
})

describe('lockout and account enumeration', () => {
  /** What an attacker can compare: status, body, and which headers came back. */
  const visible = (a: Answer) => ({ status: a.status, body: a.body, cookie: a.headers.has('set-cookie'), headerNames: [...a.headers.keys()].filter((k) => k !== 'date').sort() })

  it('unknown address, wrong password and locked account answer identically; a locked account refuses even the right password', async () => {
    const unknown = await login('nobody@example.org', 'some-wrong-password-1')
    const wrong = await login('wrong@example.org', 'some-wrong-password-1')
    const attempts: Answer[] = []
    for (let i = 0; i < 5; i++) attempts.push(await login('locked@example.org', `wrong-password-${i}`))
    secrets.add('some-wrong-password-1').add('wrong-password-')
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'locked@example.org' } }, showHiddenFields: true })
    expect(new Date(String(docs[0]?.lockUntil)).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
    const lockedRightPassword = await login('locked@example.org', PASSWORD)
    const lockedWrongPassword = await login('locked@example.org', 'yet-another-wrong-1')

    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual({ errors: [{ message: 'The email or password provided is incorrect.' }] })
    for (const answer of [wrong, ...attempts, lockedRightPassword, lockedWrongPassword]) expect(visible(answer)).toEqual(visible(unknown))
    expect(JSON.stringify(lockedRightPassword.body)).not.toMatch(/lock/i)
  })

  it('a failed login takes as long for an unknown or locked account as for a wrong password', async () => {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    const times = { unknown: [] as number[], wrongPassword: [] as number[], locked: [] as number[] }
    // Interleaved, so a busy moment of the shared machine hits all three alike; 4 wrong passwords
    // keep timing@ just under the lockout.
    for (let i = 0; i < 4; i++) {
      times.unknown.push((await login(`nobody${i}@example.org`, 'timing-password-1')).ms)
      times.wrongPassword.push((await login('timing@example.org', 'timing-password-1')).ms)
      times.locked.push((await login('locked@example.org', 'timing-password-1')).ms)
    }
    secrets.add('timing-password-1')
    const m = { unknown: median(times.unknown), wrongPassword: median(times.wrongPassword), locked: median(times.locked) }
    console.info(`failed-login medians (ms): ${JSON.stringify(m)}`)
    // A password check costs one pbkdf2 of 600,000 rounds (85-400 ms, depending on the machine:
    // measured here, not assumed); without the dummy hash an unknown address answers in a few ms.
    // The remaining gap is one small database write.
    const started = performance.now()
    pbkdf2Sync('calibration', 'salt', 600_000, 32, 'sha256')
    const oneHash = performance.now() - started
    expect(m.wrongPassword).toBeGreaterThan(0.7 * oneHash)
    // Bounds loose enough for a shared 2-core machine, tight enough to catch the fast path (~5 ms).
    for (const other of [m.unknown, m.locked]) {
      expect(other / m.wrongPassword).toBeGreaterThan(0.5)
      expect(other / m.wrongPassword).toBeLessThan(2)
    }
  }, 120_000)

  it('the security log still names the locked account (by pseudonym) behind the masked answer', () => {
    const events = logLines.map((l) => (l as { obj: { event?: string } }).obj?.event)
    expect(events).toContain('auth.locked')
    expect(events).toContain('auth.login_failed')
  })
})

describe('sessions', () => {
  it('the cookie is HttpOnly, SameSite=Lax, for the whole site, and expires with the session (no Secure over http)', async () => {
    const { setCookie } = await signIn('editor@example.org')
    const attributes = setCookie.split(';').map((a) => a.trim().split('=')[0]?.toLowerCase())
    expect(setCookie).toMatch(/^payload-token=[\w-]+\.[\w-]+\.[\w-]+;/)
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite', 'path', 'expires']))
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Path=\//)
    // CMS_URL is http here: a Secure cookie would never come back (auth-https.int.test.ts checks https).
    expect(attributes).not.toContain('secure')
    const expires = new Date(/Expires=([^;]+)/.exec(setCookie)?.[1] ?? '').getTime()
    expect(expires - Date.now()).toBeGreaterThan(7.9 * 3600_000)
    expect(expires - Date.now()).toBeLessThanOrEqual(8 * 3600_000)
  })

  it('after logout, a stolen copy of the token or cookie no longer works', async () => {
    const session = await signIn('logout@example.org')
    const stolen = { ...session }
    expect(await me(withCookie(stolen))).toBe('logout@example.org')
    const out = await call('/api/users/logout', { method: 'POST', headers: withCookie(session) })
    expect(out.status).toBe(200)
    // The browser's copy is cleared (empty value, already expired)…
    const cleared = out.headers.get('set-cookie') ?? ''
    expect(cleared).toMatch(/^payload-token=;/)
    expect(new Date(/Expires=([^;]+)/.exec(cleared)?.[1] ?? '').getTime()).toBeLessThanOrEqual(Date.now())
    // …and a copy kept by a thief is refused too: the session is gone on the server.
    expect(await me(withCookie(stolen))).toBeNull()
    expect(await me(withToken(stolen))).toBeNull()
    const write = await call(`/api/users/${session.id}`, { method: 'PATCH', json: { name: 'Taken over' }, headers: withToken(stolen) })
    expect([401, 403]).toContain(write.status)
    const refresh = await call('/api/users/refresh-token', { method: 'POST', headers: withToken(stolen) })
    expect(refresh.status).not.toBe(200)
  })

  it('after a password change by the user, every older session ends, the changing one included', async () => {
    const current = await signIn('changer@example.org')
    const stolen = await signIn('changer@example.org')
    const change = await call(`/api/users/${current.id}`, { method: 'PATCH', json: { password: 'a-brand-new-password-2', currentPassword: PASSWORD }, headers: withCookie(current) })
    secrets.add('a-brand-new-password-2')
    expect(change.status).toBe(200)
    expect(JSON.stringify(change.body)).not.toContain(PASSWORD)
    for (const s of [current, stolen]) {
      expect(await me(withCookie(s))).toBeNull()
      expect(await me(withToken(s))).toBeNull()
    }
    expect((await login('changer@example.org', PASSWORD)).status).toBe(401)
    expect(await me(withToken(await signIn('changer@example.org', 'a-brand-new-password-2')))).toBe('changer@example.org')
  })

  it('a stolen session alone cannot change the password or the e-mail address: the current password is asked for', async () => {
    const thief = await signIn('stolen@example.org')
    const attempts = [
      { json: { password: 'thief-password-6' }, field: 'currentPassword', message: /current password to set a new password/ },
      { json: { password: 'thief-password-6', currentPassword: 'guessed-password-7' }, field: 'currentPassword', message: /not correct/ },
      { json: { email: 'thief@example.net' }, field: 'currentPassword', message: /current password to set a new e-mail address/ },
      { json: { email: 'thief@example.net', currentPassword: 'x'.repeat(5000) }, field: 'currentPassword', message: /./ },
    ]
    secrets.add('thief-password-6').add('guessed-password-7')
    for (const attempt of attempts) {
      const res = await call(`/api/users/${thief.id}`, { method: 'PATCH', json: attempt.json, headers: withCookie(thief) })
      expect(res.status, JSON.stringify(attempt.json).slice(0, 80)).toBe(400)
      const errors = (res.body as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }).errors
      const fieldError = errors[0]?.data?.errors?.[0]
      expect(fieldError?.path).toBe(attempt.field)
      expect(fieldError?.message).toMatch(attempt.message)
    }
    // Nothing changed and the session still works: the owner keeps the account.
    expect(await me(withCookie(thief))).toBe('stolen@example.org')
    expect((await login('stolen@example.org', PASSWORD)).status).toBe(200)
    // Other fields need no password; the current password is never stored or returned.
    const rename = await call(`/api/users/${thief.id}`, { method: 'PATCH', json: { name: 'Renamed', currentPassword: PASSWORD }, headers: withCookie(thief) })
    expect(rename.status).toBe(200)
    expect(JSON.stringify(rename.body)).not.toContain(PASSWORD)
    const stored = await payload.db.findOne({ collection: 'users', where: { id: { equals: thief.id } } })
    expect(JSON.stringify(stored)).not.toContain(PASSWORD)
    // With the current password, the owner changes the address.
    const moved = await call(`/api/users/${thief.id}`, { method: 'PATCH', json: { email: 'moved@example.org', currentPassword: PASSWORD }, headers: withCookie(thief) })
    expect(moved.status).toBe(200)
    expect((await login('moved@example.org', PASSWORD)).status).toBe(200)
  })

  it('an admin resetting a user\'s password ends that user\'s sessions', async () => {
    const victim = await signIn('editor@example.org')
    const admin = await signIn('admin@example.org')
    const res = await call(`/api/users/${victim.id}`, { method: 'PATCH', json: { password: 'set-by-the-admin-3' }, headers: withToken(admin) })
    secrets.add('set-by-the-admin-3')
    expect(res.status).toBe(200)
    expect(await me(withToken(victim))).toBeNull()
    expect(await me(withToken(admin))).toBe('admin@example.org')
  })
})

describe('password recovery', () => {
  /** POST /api/users/forgot-password through node:http, so Host and X-Forwarded-Host can be forged. */
  const forgot = (email: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
      const started = performance.now()
      const body = JSON.stringify({ email })
      const req = http.request(`${base}/api/users/forgot-password`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers } }, (res) => {
        let text = ''
        res.on('data', (d: Buffer) => (text += d.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }))
      })
      req.on('error', reject)
      req.end(body)
    })
  const resetMail = (to: string) => cms.inbox.waitFor((m: ParsedMail) => JSON.stringify(m.to).includes(to))
  const linkIn = (mail: ParsedMail) => {
    const links = [...String(mail.html || mail.text).matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0])
    expect(links.length).toBeGreaterThan(0)
    return links
  }

  it('refuses what cannot be an address (too long, no @) with a 400 naming the field, before any lookup', async () => {
    for (const email of [`${'a'.repeat(5000)}@example.org`, 'no-at-sign', `${'b'.repeat(250)}@x.org`]) {
      const res = await forgot(email)
      expect(res.status, email.slice(0, 20)).toBe(400)
      const answer = JSON.parse(res.body) as { errors: { data?: { errors?: { path: string }[] } }[] }
      expect(answer.errors[0]?.data?.errors?.[0]?.path).toBe('email')
    }
  })

  it('answers the same for an unknown and a known address; only the known one gets mail', async () => {
    const unknown = await forgot('nobody@example.org')
    const known = await forgot('wrong@example.org')
    expect(known).toMatchObject({ status: 200, body: unknown.body })
    expect(unknown.status).toBe(200)
    await resetMail('wrong@example.org')
    expect(cms.inbox.messages.some((m) => JSON.stringify(m.to).includes('nobody@'))).toBe(false)
    // A repeat within a minute sends nothing and gets a 429, for any address alike.
    const mails = cms.inbox.messages.length
    const repeatUnknown = await forgot('nobody@example.org')
    const repeatKnown = await forgot('Wrong@Example.org ')
    expect(repeatUnknown.status).toBe(429)
    expect(repeatKnown).toMatchObject({ status: 429, body: repeatUnknown.body })
    expect(repeatKnown.body).toMatch(/less than a minute ago/)
    await new Promise((r) => setTimeout(r, 300))
    expect(cms.inbox.messages.length).toBe(mails)
    console.info(`forgot-password (ms): unknown ${unknown.ms.toFixed(0)}, known ${known.ms.toFixed(0)}`)
    // The e-mail goes out after the answer: a known address is not told apart by an SMTP round trip (about 1 s).
    expect(known.ms - unknown.ms).toBeLessThan(500)
  })

  it('a forged Host / X-Forwarded-Host never reaches the link; the token works once and ends every session', async () => {
    const before = await signIn('victim@example.org')
    const res = await forgot('victim@example.org', { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', Origin: EVIL })
    expect(res.status).toBe(200)
    const mail = await resetMail('victim@example.org')
    const links = linkIn(mail)
    expect(String(mail.html) + String(mail.text)).not.toContain('evil.example')
    for (const link of links) expect(new URL(link).origin).toBe(base)
    const token = /\/admin\/reset\/([\w-]+)/.exec(links[0] ?? '')?.[1] ?? ''
    expect(token).toMatch(/^[0-9a-f]{20,}$/)
    secrets.add(token)

    const reset = await call('/api/users/reset-password', { json: { token, password: 'a-reset-password-4' } })
    secrets.add('a-reset-password-4')
    expect(reset.status).toBe(200)
    secrets.add((reset.body as { token: string }).token)
    const again = await call('/api/users/reset-password', { json: { token, password: 'a-second-reset-pw-5' } })
    expect(again.status).toBe(403)
    expect(JSON.stringify(again.body)).toMatch(/invalid or has expired/i)
    expect((await login('victim@example.org', 'a-second-reset-pw-5')).status).toBe(401)
    expect(await me(withToken(before))).toBeNull()
    expect((await login('victim@example.org', 'a-reset-password-4')).status).toBe(200)
  })
})

describe('CSRF and CORS', () => {
  let session: Session
  const newsCount = async () => (await payload.count({ collection: 'news' })).totalDocs
  const news = { title: 'Forged news item', date: '2025-03-04T12:00:00.000Z', topic: 'salw-control', summary: 'x', _status: 'draft' }

  beforeAll(async () => {
    session = await signIn('csrf@example.org')
  })

  it.each([
    ['a foreign Origin', { Origin: EVIL }],
    ['Sec-Fetch-Site: cross-site and no Origin', { 'Sec-Fetch-Site': 'cross-site' }],
    ['no Origin and no Sec-Fetch-Site', {}],
    ['Origin "null" (a sandboxed frame)', { Origin: 'null' }],
  ])('a cookie-authenticated POST with %s is treated as anonymous: nothing is created', async (_label, headers) => {
    const before = await newsCount()
    const res = await call('/api/news', { json: news, headers: { Cookie: session.cookie, ...headers } })
    expect([401, 403]).toContain(res.status)
    expect(await newsCount()).toBe(before)
    expect(await me({ Cookie: session.cookie, ...headers })).toBeNull()
  })

  it('a forged cross-site update changes nothing; the same cookie from the CMS origin does (GraphQL: http.int.test.ts)', async () => {
    const { id } = await payload.create({ collection: 'news', data: { ...news, title: 'Original title' } as never, draft: true })
    const forged = await call(`/api/news/${id}?draft=true`, { method: 'PATCH', json: { title: 'Forged' }, headers: { Cookie: session.cookie, Origin: EVIL } })
    expect([401, 403]).toContain(forged.status)
    expect((await payload.findByID({ collection: 'news', id, draft: true })).title).toBe('Original title')

    // Control: the cookie itself is valid, so the refusals above come from the origin check.
    const own = await call(`/api/news/${id}?draft=true`, { method: 'PATCH', json: { title: 'Edited by the editor' }, headers: withCookie(session) })
    expect(own.status).toBe(200)
    expect((await payload.findByID({ collection: 'news', id, draft: true })).title).toBe('Edited by the editor')
  })

  const preflight = (origin: string) =>
    call('/api/news', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } })

  it('a CORS preflight from a foreign origin gets no Access-Control-Allow-Origin', async () => {
    for (const origin of [EVIL, 'null', `${SITE}.evil.example`, 'http://site.test:8080']) {
      const res = await preflight(origin)
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
      expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    }
    const get = await call('/api/news', { headers: { Origin: EVIL } })
    expect(get.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('the site and the CMS origins are allowed, by name (never *)', async () => {
    for (const origin of [SITE, base]) {
      const res = await preflight(origin)
      expect(res.headers.get('access-control-allow-origin')).toBe(origin)
      expect(res.headers.get('access-control-allow-methods')).toContain('POST')
    }
  })
})

describe('the log of all of the above', () => {
  it('holds no e-mail address, password, token or cookie value', () => {
    expect(logLines.length).toBeGreaterThan(0)
    const text = JSON.stringify(logLines, (_k, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v))
    expect(text).not.toMatch(/@example\.org/)
    for (const s of secrets) expect(text).not.toContain(s)
    expect(text).not.toContain('payload-token=')
  })
})
