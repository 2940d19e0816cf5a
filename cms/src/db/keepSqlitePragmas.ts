import type { Payload } from 'payload'

interface LibsqlLike {
  execute(sql: string): Promise<unknown>
  transaction(mode?: unknown): Promise<unknown>
}

interface SqliteAdapterLike {
  client?: LibsqlLike
  busyTimeout?: number
  wal?: false | { synchronous?: string }
}

/**
 * libSQL gives its open connection to each transaction and lazily opens a new one afterwards,
 * without the per-connection PRAGMAs Payload set at start-up (busy_timeout, synchronous). Without
 * busy_timeout, the CMS and a script writing at once fail with SQLITE_BUSY instead of waiting.
 * This re-applies them on the new connection each time a transaction takes the old one.
 */
export function keepSqlitePragmas(payload: Payload): void {
  const db = payload.db as unknown as SqliteAdapterLike
  const client = db.client
  if (!client || typeof client.transaction !== 'function') return
  const pragmas = [
    ...(db.busyTimeout ? [`PRAGMA busy_timeout = ${db.busyTimeout};`] : []),
    ...(db.wal && db.wal.synchronous ? [`PRAGMA synchronous = ${db.wal.synchronous};`] : []),
  ]
  if (pragmas.length === 0) return
  const begin = client.transaction.bind(client)
  client.transaction = async (mode?: unknown) => {
    const tx = await begin(mode)
    for (const pragma of pragmas) await client.execute(pragma)
    return tx
  }
}
