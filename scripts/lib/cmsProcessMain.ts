/**
 * The child-process side of `cmsProcess.ts`: a real CMS over HTTP (`startCmsHttpServer`) in a
 * process of its own, so a test can SIGKILL it and a benchmark can measure its memory apart from
 * the load generator. Started with its options as JSON in argv[2]; announces itself on stdout
 * with a `@@cms {"event":"ready",…}` line and answers commands sent as JSON lines on stdin.
 */
import fs from 'node:fs'
import readline from 'node:readline'

import { startCmsHttpServer } from './cmsHttpServer'
import { CMS_PROCESS_PREFIX, type CmsProcessCommand, type CmsProcessOptions } from './cmsProcessProtocol'

const options = JSON.parse(process.argv[2] ?? '{}') as CmsProcessOptions
const send = (message: object) => process.stdout.write(`${CMS_PROCESS_PREFIX}${JSON.stringify(message)}\n`)

const cms = await startCmsHttpServer({ ...options, key: 'cms-process' })
const { payload } = cms

for (const user of options.users ?? []) {
  const found = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })
  if (found.totalDocs === 0) await payload.create({ collection: 'users', data: { ...user, name: user.email.split('@')[0] ?? user.email } })
}

interface LibsqlClient {
  execute(sql: string): Promise<{ rows: unknown[][] | Record<string, unknown>[] }>
  transaction(mode?: unknown): Promise<unknown>
}
const client = (payload.db as unknown as { client: LibsqlClient }).client

/** SQLite's default ceiling: lifting a limit sets this back. */
const NO_PAGE_LIMIT = 4_294_967_294
let maxPageCount = NO_PAGE_LIMIT
// `max_page_count` is per connection, and libSQL hands its connection to each transaction and
// opens a new one: set it on each new one (the transaction's own already has it).
const begin = client.transaction.bind(client)
client.transaction = async (mode?: unknown) => {
  const tx = await begin(mode)
  await client.execute(`PRAGMA max_page_count = ${maxPageCount}`)
  return tx
}

const firstValue = (rows: unknown[][] | Record<string, unknown>[]): unknown => {
  const row = rows[0]
  return Array.isArray(row) ? row[0] : row ? Object.values(row)[0] : undefined
}

async function run(command: CmsProcessCommand): Promise<object> {
  switch (command.cmd) {
    case 'memory': {
      if (command.gc) {
        if (typeof globalThis.gc !== 'function') throw new Error('Start the CMS process with exposeGc to measure memory after GC.')
        globalThis.gc()
      }
      const m = process.memoryUsage()
      return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external }
    }
    case 'openFiles':
      return { count: fs.readdirSync('/proc/self/fd').length }
    case 'diskFull': {
      // SQLite refuses to lower the limit below the current size: 1 means "full at the current size".
      maxPageCount = command.full ? 1 : NO_PAGE_LIMIT
      const limit = firstValue((await client.execute(`PRAGMA max_page_count = ${maxPageCount}`)).rows)
      return { maxPageCount: Number(limit) }
    }
    case 'close':
      await cms.close()
      setImmediate(() => process.exit(0))
      return {}
  }
}

// The parent gone (its end of stdin closed) means nobody will stop this process: stop now.
process.stdin.on('end', () => process.exit(1))
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as CmsProcessCommand & { id: number }
  run(command).then(
    (result) => send({ id: command.id, ok: true, result }),
    (error: unknown) => send({ id: command.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  )
})

send({ event: 'ready', url: cms.url, pid: process.pid })
