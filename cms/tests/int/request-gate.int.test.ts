/**
 * The anonymous request queue of `guardApiRoute` with a real Payload session: public requests wait
 * their turn (and get 503 past the queue's length), a validly signed staff session goes straight
 * through, a forged one does not.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { createRequestGate as CreateRequestGate } from '../../src/security/requestGate'
import type { guardApiRoute as GuardApiRoute } from '../../src/security/requestGuard'
import { startTestCms, type TestCms } from '../helpers/testPayload'

let cms: TestCms
let token: string
// Imported after startTestCms: the guard reads the environment (env.ts) when it loads, and must see
// the test's database, not the development one.
let createRequestGate: typeof CreateRequestGate
let guardApiRoute: typeof GuardApiRoute

beforeAll(async () => {
  cms = await startTestCms('request-gate')
  ;({ createRequestGate } = await import('../../src/security/requestGate'))
  ;({ guardApiRoute } = await import('../../src/security/requestGuard'))
  const email = 'gate-editor@example.org'
  const password = 'correct horse battery staple'
  await cms.payload.create({ collection: 'users', data: { email, password, name: 'Editor', role: 'editor' } })
  const login = await cms.payload.login({ collection: 'users', data: { email, password } })
  token = login.token!
})
afterAll(() => cms?.close())

it('queues anonymous requests in order, refuses past the queue, and lets signed staff sessions through', async () => {
  const gate = createRequestGate({ concurrency: 1, maxQueue: 1 })
  const started: string[] = []
  const finish = new Map<string, () => void>()
  const route = guardApiRoute(
    cms.payload.config,
    (request: Request) =>
      new Promise<Response>((resolve) => {
        const name = request.headers.get('x-name')!
        started.push(name)
        finish.set(name, () => resolve(Response.json({ name })))
      }),
    gate,
  )
  const call = (name: string, headers: Record<string, string> = {}) =>
    route(new Request('http://cms.test/api/news?limit=1', { headers: { 'x-name': name, ...headers } }))
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

  const first = call('anonymous-1')
  const second = call('anonymous-2')
  await settle()
  expect(started).toEqual(['anonymous-1'])

  const refused = await call('anonymous-3')
  expect(refused.status).toBe(503)
  expect(refused.headers.get('retry-after')).toBe('5')
  expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/busy/)

  // A forged signature and a garbled token wait like anyone else (the queue is full: 503).
  const [header, claims] = token.split('.')
  expect((await call('forged', { Authorization: `JWT ${header}.${claims}.${'A'.repeat(43)}` })).status).toBe(503)
  expect((await call('garbled', { Cookie: 'payload-token=not-a-token' })).status).toBe(503)

  // The real session, by header or by cookie, runs while the public queue is full.
  const staffByHeader = call('staff-header', { Authorization: `JWT ${token}` })
  const staffByCookie = call('staff-cookie', { Cookie: `other=1; payload-token=${token}` })
  await settle()
  expect(started).toEqual(['anonymous-1', 'staff-header', 'staff-cookie'])
  finish.get('staff-header')!()
  finish.get('staff-cookie')!()
  expect((await staffByHeader).status).toBe(200)
  expect((await staffByCookie).status).toBe(200)
  expect(gate.active).toBe(1)

  finish.get('anonymous-1')!()
  expect(await (await first).json()).toEqual({ name: 'anonymous-1' })
  await settle()
  expect(started.at(-1)).toBe('anonymous-2')
  finish.get('anonymous-2')!()
  await second
  expect(gate.active).toBe(0)
})

it('frees the place when the handler throws', async () => {
  const gate = createRequestGate({ concurrency: 1, maxQueue: 0 })
  const route = guardApiRoute(cms.payload.config, () => Promise.reject(new Error('database gone')), gate)
  await expect(route(new Request('http://cms.test/api/news'))).rejects.toThrow('database gone')
  expect(gate.active).toBe(0)
})
