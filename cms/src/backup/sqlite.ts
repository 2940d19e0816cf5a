import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient, type Client, type Value } from '@libsql/client'

/** Row counts and a content hash of one SQLite database. */
export interface DatabaseStats {
  counts: Record<string, number>
  contentHash: string
}

/** The file path of a `file:` database URI. */
export function sqlitePath(uri: string): string {
  if (!uri.startsWith('file:')) throw new Error(`Not a SQLite file URI: ${uri}`)
  return uri.slice('file:'.length)
}

/** SQLite's own quoting: a string literal, or an identifier. */
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`

async function withClient<T>(file: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    // The CMS may be writing: wait for its lock rather than failing at once.
    await client.execute('PRAGMA busy_timeout = 10000')
    return await use(client)
  } finally {
    client.close()
  }
}

/** The value as canonical text for the content hash: type-tagged so 1, '1' and x'01' differ. */
function canonical(value: Value): string {
  if (value === null) return 'n'
  if (typeof value === 'bigint') return `i${value}`
  if (typeof value === 'number') return Number.isInteger(value) ? `i${value}` : `r${value}`
  if (typeof value === 'string') return `t${JSON.stringify(value)}`
  return `b${Buffer.from(value).toString('hex')}`
}

/**
 * Rows per table and a SHA-256 over every row of every user table (SQLite's own `sqlite_*`
 * bookkeeping excluded), tables by name, rows in primary-key order. Two databases with the same
 * content give the same hash whatever their page layout, so a backup made by VACUUM INTO can be
 * compared with the database it came from and with what a restore produced.
 */
export async function sqliteStats(file: string): Promise<DatabaseStats> {
  return withClient(file, async (client) => {
    const tables = await client.execute(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    const hash = createHash('sha256')
    const counts: Record<string, number> = {}
    // One read transaction, so counts and hash describe one moment even while the CMS writes.
    const tx = await client.transaction('read')
    try {
      for (const row of tables.rows) {
        const name = String(row.name)
        const withoutRowid = /WITHOUT\s+ROWID/i.test(String(row.sql ?? ''))
        const rs = await tx.execute(`SELECT * FROM ${ident(name)} ORDER BY ${withoutRowid ? '1' : 'rowid'}`)
        counts[name] = rs.rows.length
        hash.update(`table ${name} ${rs.columns.join(',')}\n`)
        for (const r of rs.rows) hash.update(`${rs.columns.map((_, i) => canonical(r[i] ?? null)).join('|')}\n`)
      }
      await tx.commit()
    } finally {
      tx.close()
    }
    return { counts, contentHash: hash.digest('hex') }
  })
}

/** `PRAGMA integrity_check`: the list of problems, empty when the database is sound. */
export async function integrityProblems(file: string): Promise<string[]> {
  return withClient(file, async (client) => {
    const rs = await client.execute('PRAGMA integrity_check')
    const lines = rs.rows.map((r) => String(r[0]))
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines
  })
}

/**
 * A consistent copy of a live database with `VACUUM INTO`: SQLite reads one snapshot (in WAL
 * mode writers go on meanwhile) and writes a compact, standalone file — no -wal or -shm needed.
 */
export async function snapshotSqlite(source: string, target: string): Promise<void> {
  if (!fs.existsSync(source)) throw new Error(`The database ${source} does not exist.`)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  if (fs.existsSync(target)) throw new Error(`${target} already exists.`)
  await withClient(source, (client) => client.execute(`VACUUM INTO ${literal(target)}`))
}

/** The files SQLite keeps beside a database in WAL mode. */
export const sqliteSidecars = (file: string): string[] => [`${file}-wal`, `${file}-shm`, `${file}-journal`]
