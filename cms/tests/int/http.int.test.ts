import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CMS_DIR, ROOT, isCmsBuildStale } from '../../../scripts/lib/cmsBuild'
import { validData } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testPayload'

/** A real `next start` of the CMS on a free port, against a fresh SQLite file seeded here. */
let cms: TestCms
let payload: Payload
let server: ChildProcess
let base: string
let draftSlug: string

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

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

  const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1', PATH: `${path.join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` }
  if (isCmsBuildStale()) {
    const build = spawnSync('next', ['build'], { cwd: CMS_DIR, env, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`)
  }
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  server = spawn('next', ['start', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: CMS_DIR, env: { ...env, CMS_URL: base }, stdio: 'pipe', detached: true })
  await waitForServer(`${base}/api/globals/site-settings`, 90_000)
}, 600_000)

afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
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
    const { totalDocs } = await payload.count({ collection: 'media' })
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
