import v8 from 'node:v8'
import vm from 'node:vm'

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
 *
 * Known leak, not fixed here: the connection a transaction took is never closed by libSQL
 * (`Sqlite3Transaction.close()` only rolls back; Drizzle never calls it), and closing it ourselves
 * does not free it either: libsql-js 0.4.7's `close()` drops the connection but every statement
 * prepared on it (never finalised; libsql-js has no finalize) still holds it, until a full GC runs
 * their finalisers. Measured: 1,500 REST-free Local API creates → +3,000 descriptors (db + WAL per
 * transaction), with or without `close()`. Mitigation: after every `GC_EVERY_TRANSACTIONS`
 * transactions a full garbage collection is scheduled (off the request's path), which closes the
 * abandoned connections: descriptors then stay within a few hundred instead of growing by two per
 * write until the open-files limit.
 */
export const GC_EVERY_TRANSACTIONS = 200

/** A full GC on demand: exposed from V8 at run time when Node was not started with --expose-gc. */
function fullGc(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (typeof exposed === 'function') return exposed
  try {
    v8.setFlagsFromString('--expose-gc')
    const gc = vm.runInNewContext('gc') as unknown
    return typeof gc === 'function' ? (gc as () => void) : null
  } catch {
    return null
  }
}

export function keepSqlitePragmas(payload: Payload): void {
  const db = payload.db as unknown as SqliteAdapterLike
  const client = db.client
  if (!client || typeof client.transaction !== 'function') return
  const pragmas = [
    ...(db.busyTimeout ? [`PRAGMA busy_timeout = ${db.busyTimeout};`] : []),
    ...(db.wal && db.wal.synchronous ? [`PRAGMA synchronous = ${db.wal.synchronous};`] : []),
  ]
  const gc = fullGc()
  let transactions = 0
  let gcScheduled = false
  const begin = client.transaction.bind(client)
  client.transaction = async (mode?: unknown) => {
    const tx = await begin(mode)
    for (const pragma of pragmas) await client.execute(pragma)
    if (gc && ++transactions % GC_EVERY_TRANSACTIONS === 0 && !gcScheduled) {
      gcScheduled = true
      setTimeout(() => {
        gcScheduled = false
        gc()
      }, 0).unref()
    }
    return tx
  }
}
