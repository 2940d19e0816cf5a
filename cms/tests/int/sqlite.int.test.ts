import { afterAll, beforeAll, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/testPayload'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms('sqlite-pragmas')
})
afterAll(async () => cms?.close())

interface Client {
  execute(sql: string): Promise<{ rows: Record<string, unknown>[] }>
  transaction(mode: string): Promise<{ commit(): Promise<void> }>
}

const pragma = async (client: Client, name: string) => Object.values((await client.execute(`PRAGMA ${name};`)).rows[0] ?? {})[0]

it('keeps the busy timeout and WAL after a transaction has taken the connection', async () => {
  const client = (cms.payload.db as unknown as { client: Client }).client
  expect(Number(await pragma(client, 'busy_timeout'))).toBe(10_000)
  const tx = await client.transaction('write')
  await tx.commit()
  // A Payload write inside its own transaction, as imports and the seed do.
  await cms.payload.create({ collection: 'team-members', data: { name: 'Test', position: 'Officer' } })
  expect(Number(await pragma(client, 'busy_timeout'))).toBe(10_000)
  expect(String(await pragma(client, 'journal_mode'))).toBe('wal')
})
