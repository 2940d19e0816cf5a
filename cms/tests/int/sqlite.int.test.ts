import fs from 'node:fs'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { GC_EVERY_TRANSACTIONS } from '../../src/db/keepSqlitePragmas'

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

it('closes the connections transactions abandon: open files stay bounded over many writes', async () => {
  const openFiles = () => fs.readdirSync('/proc/self/fd').length
  const before = openFiles()
  const writes = 3 * GC_EVERY_TRANSACTIONS
  for (let i = 0; i < writes; i++) {
    // Requests arrive through I/O in the server: timers (the scheduled collection) get their turn.
    if (i % 25 === 0) await new Promise((resolve) => setTimeout(resolve, 1))
    await cms.payload.create({ collection: 'team-members', data: { name: `Member ${i}`, position: 'Officer' }, context: { skipAudit: true, skipSiteRebuild: true } })
  }
  await new Promise((resolve) => setTimeout(resolve, 50))
  const growth = openFiles() - before
  // Without the collection each write leaves two descriptors (database and WAL) open: +1,200 here.
  expect(growth).toBeLessThan(2 * GC_EVERY_TRANSACTIONS + 50)
  console.info(`open files after ${writes} writes: +${growth} (without the scheduled collection: +${2 * writes})`)
})
