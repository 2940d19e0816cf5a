import { afterAll, beforeAll, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/testPayload'

// Its own file: each test file gets a fresh process, hence a fresh, empty database.
let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms('first-user')
})
afterAll(async () => cms?.close())

it('the first account ever created becomes an administrator whatever role is asked for', async () => {
  const first = await cms.payload.create({ collection: 'users', data: { email: 'first@example.org', password: 'a-long-test-password-1', name: 'First', role: 'editor' } })
  expect(first.role).toBe('admin')
  const second = await cms.payload.create({ collection: 'users', data: { email: 'second@example.org', password: 'a-long-test-password-1', name: 'Second', role: 'editor' } })
  expect(second.role).toBe('editor')
})
