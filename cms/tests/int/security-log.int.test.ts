import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/testPayload'

/**
 * Failed logins and refused requests go to the log as one structured line each, and nothing in
 * the log — Payload's own lines included — holds an e-mail address, a password or a token.
 * Requests go through Payload's REST routing (what Next's route handler calls); GraphQL and the
 * real server's output are checked in http.int.test.ts.
 */
let cms: TestCms
let payload: Payload
let config: Awaited<typeof import('../../src/payload.config')>['default']
let accountRef: (login: string) => string
const lines: { level: string; obj: unknown; msg: unknown }[] = []

const BASE = 'http://localhost:3000'
const PEER = 'x-clearinghouse-peer'
const PASSWORD = 'a-long-test-password-1'

async function call(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  // What the HTTP server stamps on every request in production (instrumentation.ts).
  headers.set(PEER, '198.51.100.23')
  if (init.json !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`${BASE}${path}`, {
    ...init,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  })
  return handleEndpoints({ config, request, payloadInstanceCacheKey: 'security-log' })
}

const login = (email: string, password: string) =>
  call('/api/users/login', { method: 'POST', json: { email, password } })

/** Log lines of one event, newest last. */
const events = (event: string) =>
  lines.map((l) => l.obj as Record<string, unknown>).filter((o) => o && typeof o === 'object' && o.event === event)

beforeAll(async () => {
  cms = await startTestCms('security-log')
  payload = cms.payload
  config = (await import('../../src/payload.config')).default
  accountRef = (await import('../../src/security/logRefusedAccess')).accountRef
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: PASSWORD, name: 'Admin', role: 'admin' },
  })
  await payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: PASSWORD, name: 'Editor', role: 'editor' },
  })
  await payload.create({ collection: 'subscribers', data: { email: 'reader@example.org', status: 'confirmed' } })
  // Capture every line Payload's logger writes, at every level.
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
    const original = payload.logger[level].bind(payload.logger)
    payload.logger[level] = ((obj: unknown, msg?: unknown) => {
      lines.push({ level, obj, msg })
      return original(obj as never, msg as never)
    }) as typeof payload.logger.warn
  }
})

afterAll(async () => {
  await cms?.close()
})

beforeEach(() => {
  lines.length = 0
})

/** Nothing secret anywhere in what was logged. */
function expectNoSecrets(...secrets: string[]) {
  const text = JSON.stringify(lines, (_k, v: unknown) =>
    v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v,
  )
  for (const s of ['@example.org', PASSWORD, ...secrets]) expect(text).not.toContain(s)
}

describe('failed logins', () => {
  it('a wrong password: one warn line with a pseudonym for the account and the client address', async () => {
    const res = await login('editor@example.org', 'not-the-password-123')
    expect(res.status).toBe(401)
    const [line, ...more] = events('auth.login_failed')
    expect(more).toEqual([])
    expect(line).toMatchObject({
      account: accountRef('editor@example.org'),
      ip: '198.51.100.23',
      method: 'POST',
      path: '/api/users/login',
      collection: 'users',
    })
    expect(String(line?.account)).toMatch(/^[0-9a-f]{16}$/)
    expect(lines.find((l) => l.obj === line)?.level).toBe('warn')
    expectNoSecrets('not-the-password-123')
  })

  it('an unknown address is logged the same way; the same address always gets the same pseudonym', async () => {
    await login('nobody@example.org', 'whatever-password-1')
    await login(' Nobody@Example.org', 'another-password-2')
    const [a, b] = events('auth.login_failed')
    expect(a?.account).toBe(b?.account)
    expect(a?.account).not.toBe(accountRef('editor@example.org'))
    expectNoSecrets('whatever-password-1', 'another-password-2')
  })

  it('a locked account (after 5 failures) is logged as such', async () => {
    for (let i = 0; i < 6; i++) await login('admin@example.org', `wrong-password-${i}`)
    const locked = events('auth.locked')
    expect(locked.length).toBeGreaterThan(0)
    expect(locked[0]).toMatchObject({ account: accountRef('admin@example.org') })
    // The right password does not get through while the account is locked, and is not logged either.
    expect((await login('admin@example.org', PASSWORD)).status).toBe(401)
    expectNoSecrets('wrong-password-')
  })

  it('a successful login logs nothing', async () => {
    const res = await login('editor@example.org', PASSWORD)
    expect(res.status).toBe(200)
    expect(lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([])
  })
})

describe('refused requests', () => {
  it('an anonymous read of subscribers: path without its query, user "anonymous"', async () => {
    const res = await call('/api/subscribers?where[email][equals]=reader@example.org')
    expect([401, 403]).toContain(res.status)
    expect(events('access.refused')).toEqual([
      expect.objectContaining({
        user: 'anonymous',
        path: '/api/subscribers',
        method: 'GET',
        status: res.status,
        ip: '198.51.100.23',
      }),
    ])
    expectNoSecrets('reader@')
  })

  it('an editor deleting a user: logged with the editor id, never the token', async () => {
    const { token, user } = (await (await login('editor@example.org', PASSWORD)).json()) as {
      token: string
      user: { id: number }
    }
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.org' } } })
    lines.length = 0
    const res = await call(`/api/users/${docs[0]?.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${token}` },
    })
    expect(res.status).toBe(403)
    expect(events('access.refused')).toEqual([
      expect.objectContaining({ user: `users:${user.id}`, method: 'DELETE', status: 403 }),
    ])
    expectNoSecrets(token, token.slice(-20))
  })
})
