import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../../scripts/lib/browser'
import { CMS_DIR, ROOT, isCmsBuildStale } from '../../../scripts/lib/cmsBuild'
import { freePort } from '../../../scripts/lib/webRequest'
import { pdfBuffer, pngBuffer, validData } from '../helpers/fixtures'
import { startInbox, type Inbox } from '../helpers/newsletterHarness'
import { startTestCms, type TestCms } from '../helpers/testPayload'

/** A real `next start` of the CMS on a free port, against a fresh SQLite file seeded here. */
let cms: TestCms
let payload: Payload
let server: ChildProcess
let base: string
let draftSlug: string
/** The SMTP server the running CMS sends its mail to (password resets). */
let inbox: Inbox
/** Everything the server printed (Payload's log lines among it). */
let serverOutput = ''

async function waitForServer(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
      last = `HTTP ${res.status}`
    } catch (err) {
      last = String(err)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`CMS did not start: ${last}`)
}

beforeAll(async () => {
  cms = await startTestCms('http')
  payload = cms.payload
  await payload.create({ collection: 'users', data: { email: 'admin@example.org', password: 'a-long-test-password-1', name: 'Admin', role: 'admin' } })
  await payload.create({ collection: 'users', data: { email: 'editor@example.org', password: 'a-long-test-password-1', name: 'Editor', role: 'editor' } })
  await payload.create({ collection: 'news', data: (await validData(payload, 'news')) as never })
  const draft = await payload.create({ collection: 'news', data: { ...(await validData(payload, 'news')), title: 'Unpublished draft', _status: 'draft' } as never, draft: true })
  draftSlug = String(draft.slug)
  await payload.create({ collection: 'incidents', data: (await validData(payload, 'incidents')) as never })
  await payload.create({ collection: 'subscribers', data: { email: 'private@example.org', status: 'confirmed' } })
  for (const email of ['reset-me@example.org', 'lock-me@example.org']) {
    await payload.create({ collection: 'users', data: { email, password: 'a-long-test-password-1', name: 'Editor', role: 'editor' } })
  }
  inbox = await startInbox()

  const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1', PATH: `${path.join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` }
  if (isCmsBuildStale()) {
    const build = spawnSync('next', ['build'], { cwd: CMS_DIR, env, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`)
  }
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  const smtp = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(inbox.port), SMTP_SECURE: 'false' }
  server = spawn('next', ['start', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: CMS_DIR, env: { ...env, ...smtp, CMS_URL: base }, stdio: 'pipe', detached: true })
  server.stdout?.on('data', (d: Buffer) => (serverOutput += d.toString()))
  server.stderr?.on('data', (d: Buffer) => (serverOutput += d.toString()))
  await waitForServer(`${base}/api/globals/site-settings`, 90_000)
}, 600_000)

afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  await inbox?.close()
  await cms?.close()
})

async function adminToken(email = 'admin@example.org'): Promise<string> {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'a-long-test-password-1' }),
  })
  expect(login.status).toBe(200)
  return ((await login.json()) as { token: string }).token
}

describe('the CMS over real HTTP', () => {
  it('serves published news on the REST API', async () => {
    const res = await fetch(`${base}/api/news?limit=10`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docs: { title: string; _status: string }[]; totalDocs: number }
    expect(body.totalDocs).toBe(1)
    expect(body.docs[0]?._status).toBe('published')
  })

  it('does not serve a draft to anonymous readers', async () => {
    const res = await fetch(`${base}/api/news?where[slug][equals]=${draftSlug}`)
    const body = (await res.json()) as { totalDocs: number }
    expect(body.totalDocs).toBe(0)
  })

  it('serves verified incidents', async () => {
    const res = await fetch(`${base}/api/incidents?limit=1&depth=0`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docs: { place: string; latitude: number }[] }
    expect(body.docs[0]?.place).toBe('Niš')
    expect(body.docs[0]?.latitude).toBeCloseTo(43.3209)
  })

  it('shows the admin login page', async () => {
    const res = await fetch(`${base}/admin/login`)
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/<form|Email|Log ?in/i)
  })

  it.each(['subscribers', 'users'])('refuses anonymous reads of %s', async (collection) => {
    const res = await fetch(`${base}/api/${collection}`)
    expect([401, 403]).toContain(res.status)
    expect(await res.text()).not.toContain('@example.org')
  })

  it('lets an admin read subscribers after signing in', async () => {
    const token = await adminToken()
    const res = await fetch(`${base}/api/subscribers`, { headers: { Authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docs: { email: string }[] }
    expect(body.docs.map((d) => d.email)).toEqual(['private@example.org'])
  })

  it('refuses an HTML page renamed .pdf with a clear message, and stores nothing', async () => {
    const form = new FormData()
    form.append('file', new Blob(['<!doctype html><html><body><script>alert(1)</script></body></html>'], { type: 'application/pdf' }), 'annual-report.pdf')
    form.append('_payload', JSON.stringify({ alt: 'Annual report' }))
    const res = await fetch(`${base}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${await adminToken()}` }, body: form })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    const fileError = body.errors[0]?.data?.errors?.find((e) => e.path === 'file')
    expect(fileError?.message).toMatch(/annual-report\.pdf is not a real PDF, PNG, JPEG or WebP file/)
    const { totalDocs } = await payload.count({ collection: 'media', where: { filename: { like: 'annual-report' } } })
    expect(totalDocs).toBe(0)
  })
})

describe('subscribers over REST and GraphQL', () => {
  const auth = async (role: 'anonymous' | 'editor' | 'admin'): Promise<Record<string, string>> =>
    role === 'anonymous' ? {} : { Authorization: `JWT ${await adminToken(`${role}@example.org`)}` }

  it.each([
    ['anonymous', false],
    ['editor', false],
    ['admin', true],
  ] as const)('%s: sees addresses = %s', async (role, sees) => {
    const headers = await auth(role)
    const rest = await fetch(`${base}/api/subscribers?limit=10`, { headers })
    const restText = await rest.text()
    const gql = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Subscribers { docs { email status } } }' }),
    })
    const gqlText = await gql.text()
    if (sees) {
      expect(rest.status).toBe(200)
      expect(restText).toContain('private@example.org')
      expect(gqlText).toContain('private@example.org')
    } else {
      expect([401, 403]).toContain(rest.status)
      expect(restText).not.toContain('@example.org')
      expect(gqlText).not.toContain('private@example.org')
    }
    // Token hashes are hidden fields: nobody gets them, not even an admin.
    expect(restText).not.toMatch(/TokenHash/)
  })
})

describe('the newsletter endpoint under next start', () => {
  const signup = (email: string, forwardedFor: string) =>
    fetch(`${base}/api/newsletter/subscribe`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
      body: JSON.stringify({ email, consentVersion: '2026-11', source: '/newsletter/' }),
    })

  it('accepts a signup and stores a pending subscriber', async () => {
    const res = await signup('next-start@example.org', '198.51.100.7')
    expect(res.status).toBe(200)
    const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: 'next-start@example.org' } } })
    expect(docs[0]?.status).toBe('pending')
  })

  it('a client cannot escape the per-address limit by writing its own X-Forwarded-For', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await signup(`spoof${i}@example.org`, `203.0.113.${i + 1}`)).status)
    // One signup was already made from this (loopback) peer above: 4 allowed per hour in all.
    expect(statuses).toEqual([200, 200, 200, 429, 429])
  })
})

describe('security headers (next.config.ts headers(), production build)', () => {
  it.each(['/admin/login', '/api/news?limit=1', '/api/users/me'])('%s carries the full set', async (path) => {
    const res = await fetch(`${base}${path}`)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    // A production build never allows eval.
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/)
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })

  it('newsletter link pages keep their own stricter policy and never send a Referer', async () => {
    const res = await fetch(`${base}/api/newsletter/unsubscribe?token=${'a'.repeat(43)}`)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain("script-src 'self'")
  })

  it('serves an uploaded image and PDF inline, never sniffed, unframeable', async () => {
    const token = await adminToken()
    const upload = async (data: Buffer, type: string, name: string) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(data)], { type }), name)
      form.append('_payload', JSON.stringify({ alt: name }))
      const res = await fetch(`${base}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
      expect(res.status).toBe(201)
      return ((await res.json()) as { doc: { url: string } }).doc.url
    }
    for (const [data, type, name] of [
      [await pngBuffer(), 'image/png', 'headers-test.png'],
      [pdfBuffer('Headers test'), 'application/pdf', 'headers-test.pdf'],
    ] as const) {
      const url = await upload(data, type, name)
      const res = await fetch(new URL(url, base))
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe(type)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-disposition')).toBe('inline')
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect((await res.arrayBuffer()).byteLength).toBe(data.length)
    }
  })

  it('the admin works under the policy: login page, sign-in, dashboard and an edit view with zero CSP violations', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation
          report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`)
        })
      })
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) violations.push(`console: ${msg.text()}`)
      })
      const pageErrors: string[] = []
      page.on('pageerror', (err) => pageErrors.push(err.message))

      // Each step names the violations seen so far when it fails: a blocked script shows up here
      // as an admin that never renders.
      const step = async (name: string, run: () => Promise<unknown>) => {
        try {
          await run()
        } catch (err) {
          throw new Error(`${name} failed (CSP violations so far: ${JSON.stringify(violations)})`, { cause: err })
        }
      }
      await step('login page', async () => {
        await page.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
        await page.fill('#field-email', 'admin@example.org')
        await page.fill('#field-password', 'a-long-test-password-1')
        await page.click('button[type="submit"]')
      })
      await step('dashboard', async () => {
        await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
        await page.waitForLoadState('networkidle')
        // The dashboard rendered (React hydrated and ran under the policy), not an error page.
        await page.getByRole('link', { name: /News/ }).first().waitFor({ timeout: 30_000 })
      })
      const { docs } = await payload.find({ collection: 'news', limit: 1, depth: 0 })
      await step('news edit view', async () => {
        await page.goto(`${base}/admin/collections/news/${docs[0]?.id}`, { waitUntil: 'networkidle' })
        // The rich-text editor (Lexical) mounted: it is the most script-heavy part of the admin.
        await page.locator('[contenteditable="true"]').first().waitFor({ timeout: 30_000 })
      })
      await step('media list', () => page.goto(`${base}/admin/collections/media`, { waitUntil: 'networkidle' }))

      expect(violations).toEqual([])
      expect(pageErrors).toEqual([])

      // Control: the listener does see a violation (a script from another host is blocked before
      // any request is made), so the empty list above means something.
      await page.evaluate(() => {
        const script = document.createElement('script')
        script.src = 'https://scripts.invalid/x.js'
        document.head.append(script)
      })
      await expect.poll(() => violations.some((v) => v.startsWith('script-src-elem blocked https://scripts.invalid/x.js'))).toBe(true)
      expect(violations.some((v) => v.startsWith('console:') && v.includes('https://scripts.invalid/x.js'))).toBe(true)
      expect(violations.every((v) => v.includes('https://scripts.invalid/x.js'))).toBe(true)
    } finally {
      await browser.close()
    }
  }, 120_000)
})

describe('the security log of the running server', () => {
  it('records a failed login and a refused GraphQL query, without the e-mail address or the password', async () => {
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'log-check@example.org', password: 'log-check-password-1' }),
    })
    expect(login.status).toBe(401)
    const gql = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
    })
    expect(await gql.text()).not.toContain('@example.org')
    // One log entry per line that starts at the margin (pretty-printed fields are indented).
    const entry = (...parts: string[]) => serverOutput.split(/\n(?=\S)/).some((e) => parts.every((p) => e.includes(p)))
    const logged = () => entry('auth.login_failed', '/api/users/login') && entry('access.refused', '/api/graphql')
    await expect.poll(logged, { timeout: 5000 }).toBe(true).catch((err: unknown) => {
      throw new Error(`missing security log lines; the server printed:\n${serverOutput.slice(-4000)}`, { cause: err })
    })
    expect(serverOutput).not.toContain('log-check@')
    expect(serverOutput).not.toContain('log-check-password-1')
  })
})

describe('sign-in attacks through Next (spoofed Host, GraphQL, CSRF)', () => {
  const gql = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) })

  it('a reset link never takes its host from a forged Host or X-Forwarded-Host', async () => {
    // node:http, since fetch does not let a caller set Host.
    const body = JSON.stringify({ email: 'reset-me@example.org' })
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}/api/users/forgot-password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
      }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
      req.on('error', reject)
      req.end(body)
    })
    expect(status).toBe(200)
    const mail = await inbox.waitFor((m) => JSON.stringify(m.to).includes('reset-me@example.org'), 20_000)
    const text = `${String(mail.html)}\n${mail.text ?? ''}`
    expect(text).not.toContain('evil.example')
    const links = [...text.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0])
    expect(links.some((l) => l.startsWith(`${base}/admin/reset/`))).toBe(true)
    for (const link of links) expect(new URL(link).origin).toBe(base)
  })

  it('the GraphQL login answers a locked account exactly like an unknown address', async () => {
    for (let i = 0; i < 5; i++) {
      await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'lock-me@example.org', password: `wrong-password-${i}` }) })
    }
    const login = async (email: string) => {
      const res = await gql(`mutation { loginUser(email: "${email}", password: "a-long-test-password-1") { token } }`)
      const { errors } = (await res.json()) as { errors: { message: string; extensions: { name: string; statusCode: number } }[] }
      return { status: res.status, message: errors[0]?.message, name: errors[0]?.extensions.name, code: errors[0]?.extensions.statusCode }
    }
    const unknown = await login('nobody@example.org')
    expect(unknown).toMatchObject({ message: 'The email or password provided is incorrect.', code: 401 })
    expect(await login('lock-me@example.org')).toEqual(unknown)
  })

  it('a cookie sent with a forged cross-site GraphQL mutation is ignored', async () => {
    const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'editor@example.org', password: 'a-long-test-password-1' }) })
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect(cookie).toMatch(/^payload-token=./)
    const { docs } = await payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })
    const target = docs[0]
    const forged = await (await gql(`mutation { updateNews(id: ${target?.id}, data: { title: "Forged" }) { title } }`, { Cookie: cookie, Origin: 'https://evil.example' })).text()
    expect(forged).toMatch(/not allowed/i)
    const me = await (await gql('{ meUser { user { email } } }', { Cookie: cookie, Origin: 'https://evil.example' })).text()
    expect(me).not.toContain('editor@example.org')
    expect((await payload.findByID({ collection: 'news', id: target?.id ?? 0, depth: 0 })).title).toBe(target?.title)
    // Control: from the CMS's own origin the same cookie signs the editor in.
    const own = await (await gql('{ meUser { user { email } } }', { Cookie: cookie, Origin: base })).text()
    expect(own).toContain('editor@example.org')
  })
})
