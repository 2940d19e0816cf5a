/**
 * The incident phase: thousands of generated AVMP records, inserted fast.
 *
 * Payload's Local API validates, runs hooks and writes one document per transaction: a few
 * milliseconds each, far too slow for 50,000 records. So records go in through the database
 * adapter in bulk (SQLite: multi-row INSERTs in one transaction; MongoDB: insertMany), after
 * the seed has done itself what the Local API would do:
 *   - defaults from the collection's field config,
 *   - the collection's own beforeChange hooks (e.g. deriving the large-seizure flag),
 *   - the domain validations (coordinates, dates, breakdown sums, subcontext),
 *   - timestamps.
 * The first record of each run goes through `payload.create`, and the raw row it produced is
 * compared column by column with a bulk-inserted row, so any drift between the two paths fails
 * loudly. Afterwards a sample is read back with `payload.find` and compared with the input.
 */
import type { CollectionConfig, FlattenedField, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import {
  checkCoordinates,
  checkIncidentDate,
  checkPerpetratorBreakdown,
  checkVictimBreakdown,
  incidentStream,
} from '@clearinghouse/shared/incidents'
import { INCIDENT_SUBCONTEXTS } from '@clearinghouse/shared/vocab'

import { SEED_CONTEXT, countFor, type SeedContext } from './context'
import { daysAgo } from './dates'

type Data = Record<string, unknown>
export type IncidentInsertPath = 'sqlite-bulk' | 'mongo-bulk' | 'local-api'

export interface IncidentPhaseResult {
  requested: number
  inserted: number
  existing: number
  path: IncidentInsertPath
  seconds: number
  perSecond: number
}

const COLLECTION = 'incidents'

// --- Preparing records as the Local API would ------------------------------------------------------

/** Fills missing values with the static defaults declared in the field config (recursing into groups). */
function applyDefaults(fields: FlattenedField[], data: Data): Data {
  const out: Data = { ...data }
  for (const field of fields) {
    if (field.type === 'group' && 'flattenedFields' in field) {
      out[field.name] = applyDefaults(field.flattenedFields, (out[field.name] as Data | undefined) ?? {})
      continue
    }
    if (
      out[field.name] === undefined &&
      'defaultValue' in field &&
      field.defaultValue !== undefined &&
      typeof field.defaultValue !== 'function'
    ) {
      out[field.name] = field.defaultValue
    }
  }
  return out
}

/** The checks Payload's field validation would make, in the shared domain functions' words. */
function validate(data: Data): string | undefined {
  const checks = [
    checkIncidentDate(data.date as string),
    checkCoordinates(data.jurisdiction as string, data.latitude as number, data.longitude as number),
    checkVictimBreakdown((data.victims ?? {}) as Data as never),
    checkPerpetratorBreakdown((data.perpetrators ?? {}) as Data as never),
  ]
  const sub = data.subcontext as string | null | undefined
  if (sub) {
    const term = INCIDENT_SUBCONTEXTS.find((t) => t.value === sub)
    if (!term || term.context !== data.context)
      checks.push(`subcontext ${sub} does not belong to context ${String(data.context)}`)
  }
  if (!data.externalId) checks.push('externalId is missing')
  const failed = checks.filter((c): c is string => c !== true)
  return failed.length ? failed.join('; ') : undefined
}

async function prepare(
  config: CollectionConfig & { flattenedFields: FlattenedField[] },
  req: PayloadRequest,
  record: Data,
): Promise<Data> {
  // Dates are stored as full ISO strings, exactly as the admin UI and the Local API send them.
  let data = applyDefaults(config.flattenedFields, { ...record, date: new Date(record.date as string).toISOString() })
  for (const hook of config.hooks?.beforeChange ?? []) {
    data =
      ((await hook({
        collection: config as never,
        context: req.context,
        data,
        operation: 'create',
        originalDoc: undefined,
        req,
      })) as Data | undefined) ?? data
  }
  const problem = validate(data)
  if (problem) throw new Error(`Generated incident ${String(data.externalId)} is invalid: ${problem}`)
  return data
}

// --- Adapters ---------------------------------------------------------------------------------------

/** The parts of the SQLite adapter used here (Drizzle over libSQL). */
interface DrizzleLike {
  select(fields: Record<string, unknown>): { from(table: unknown): Promise<Data[]> }
}
interface SqliteAdapterLike {
  name: string
  drizzle: DrizzleLike
  tables: Record<string, Record<string, unknown>>
  tableNameMap: Map<string, string>
  busyTimeout?: number
  /** The libSQL client underneath Drizzle. */
  client: LibsqlExecutor & {
    transaction(
      mode: 'write',
    ): Promise<LibsqlExecutor & { commit(): Promise<void>; rollback(): Promise<void>; close(): void }>
  }
}
interface LibsqlExecutor {
  execute(stmt: { sql: string; args: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>
}
interface DrizzleColumnLike {
  /** The column's name in the database. */
  name: string
  mapToDriverValue(value: unknown): unknown
}
interface MongoModelLike {
  distinct(field: string): Promise<unknown[]>
  insertMany(docs: Data[], options: { ordered: boolean; timestamps?: boolean }): Promise<unknown>
}
interface MongoAdapterLike {
  name: string
  collections: Record<string, MongoModelLike>
}

function adapterPath(payload: Payload, bulk: boolean): IncidentInsertPath {
  if (!bulk) return 'local-api'
  const db = payload.db as unknown as {
    name?: string
    drizzle?: unknown
    tables?: Record<string, unknown>
    collections?: Record<string, unknown>
  }
  if (db.name === 'sqlite' && db.drizzle && db.tables?.[COLLECTION]) return 'sqlite-bulk'
  if (db.name === 'mongoose' && db.collections?.[COLLECTION]) return 'mongo-bulk'
  return 'local-api'
}

/** Drizzle column keys of the incidents table (table properties that are columns). */
function sqliteColumns(table: Record<string, unknown>): string[] {
  return Object.keys(table).filter((k) => {
    const col = table[k] as { name?: unknown; columnType?: unknown } | undefined
    return typeof col === 'object' && col !== null && typeof col.name === 'string' && typeof col.columnType === 'string'
  })
}

async function existingIdsSqlite(db: SqliteAdapterLike): Promise<Set<string>> {
  const table = db.tables[COLLECTION]!
  const rows = await db.drizzle.select({ externalId: table.externalId }).from(table)
  return new Set(rows.map((r) => r.externalId).filter((v): v is string => typeof v === 'string'))
}

async function existingIdsLocalApi(payload: Payload): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: COLLECTION,
    pagination: false,
    depth: 0,
    trash: true,
    select: { externalId: true },
    context: SEED_CONTEXT,
  })
  return new Set(docs.map((d) => d.externalId).filter((v): v is string => typeof v === 'string'))
}

/** A value's shape as stored: what a bulk row must share with a Local API row, column by column. */
const shapeOf = (v: unknown): string =>
  v === null || v === undefined
    ? 'null'
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v)
      ? 'iso-date'
      : typeof v

async function compareRawRows(
  db: SqliteAdapterLike,
  localApiExternalId: string,
  bulkExternalId: string,
): Promise<void> {
  const table = db.tables[COLLECTION]!
  const tableName = db.tableNameMap.get(COLLECTION) ?? COLLECTION
  const externalIdColumn = (table.externalId as { name: string }).name
  const { rows } = await db.client.execute({
    sql: `SELECT * FROM "${tableName}" WHERE "${externalIdColumn}" IN (?, ?)`,
    args: [localApiExternalId, bulkExternalId],
  })
  const local = rows.find((r) => r[externalIdColumn] === localApiExternalId)
  const bulk = rows.find((r) => r[externalIdColumn] === bulkExternalId)
  if (!local || !bulk) throw new Error('Could not read back the incidents used to compare the insert paths.')
  const differences = Object.keys(local)
    .filter((k) => k !== 'id' && shapeOf(local[k]) !== shapeOf(bulk[k]))
    // Null vs value is legitimate where the data differ (one incident has a subcontext, the other not).
    .filter(
      (k) => !(shapeOf(local[k]) === 'null' || shapeOf(bulk[k]) === 'null') || /^(created|updated|deleted)_at$/.test(k),
    )
  if (differences.length) {
    throw new Error(
      `Bulk-inserted incident rows differ from Local API rows in: ${differences.map((k) => `${k} (${shapeOf(local[k])} vs ${shapeOf(bulk[k])})`).join(', ')}`,
    )
  }
}

/** Reads a sample back through the Local API and checks every field against what was inserted. */
async function verifySample(payload: Payload, sample: Data[]): Promise<void> {
  if (sample.length === 0) return
  const { docs } = await payload.find({
    collection: COLLECTION,
    where: { externalId: { in: sample.map((d) => d.externalId as string) } },
    pagination: false,
    depth: 0,
    context: SEED_CONTEXT,
  })
  const byId = new Map(docs.map((d) => [d.externalId, d as unknown as Data]))
  const mismatch = (expected: unknown, actual: unknown, path: string): string | undefined => {
    if (expected !== null && typeof expected === 'object') {
      for (const [k, v] of Object.entries(expected as Data)) {
        const m = mismatch(v, (actual as Data | undefined)?.[k], `${path}.${k}`)
        if (m) return m
      }
      return undefined
    }
    const norm = (v: unknown) => (v === undefined ? null : v)
    return norm(expected) === norm(actual)
      ? undefined
      : `${path}: expected ${JSON.stringify(expected)}, read ${JSON.stringify(actual)}`
  }
  for (const expected of sample) {
    const actual = byId.get(expected.externalId as string)
    if (!actual)
      throw new Error(
        `Incident ${String(expected.externalId)} was inserted but cannot be read back through the Local API.`,
      )
    const problem = mismatch(expected, actual, String(expected.externalId))
    if (problem) throw new Error(`Incident read back differs from what was inserted: ${problem}`)
  }
}

/**
 * Multi-row INSERTs in one write transaction, straight through the libSQL client. The statement is
 * built from Payload's own Drizzle schema (table and column names) and every value goes through
 * its column's `mapToDriverValue`, so rows are stored exactly as Drizzle would store them; building
 * each query with Drizzle's query builder instead costs about half of the insert time.
 */
async function insertSqlite(db: SqliteAdapterLike, records: Data[], onChunk: (chunk: Data[]) => void): Promise<void> {
  const table = db.tables[COLLECTION]!
  const tableName = db.tableNameMap.get(COLLECTION) ?? COLLECTION
  const keys = sqliteColumns(table).filter((k) => k !== 'id')
  const columns = keys.map((k) => table[k] as DrizzleColumnLike)
  // Payload flattens groups into columns: the key `victims_killed` holds `victims.killed`.
  const paths = keys.map((k) => k.split('_'))
  // SQLite allows 32,766 bound parameters per statement; stay well below.
  const rowsPerStatement = Math.max(1, Math.floor(30_000 / keys.length))
  const rowPlaceholder = `(${keys.map(() => '?').join(', ')})`
  const head = `INSERT INTO "${tableName}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES `
  const statementFor = (rows: number) => head + Array.from({ length: rows }, () => rowPlaceholder).join(', ')
  const fullStatement = statementFor(rowsPerStatement)

  // libSQL hands the current connection to the transaction and opens a fresh one afterwards, which
  // has lost the adapter's per-connection busy timeout: restore it first, so that a CMS writing at
  // the same time makes the seed wait instead of failing with SQLITE_BUSY.
  await db.client.execute({
    sql: `PRAGMA busy_timeout = ${Math.max(0, Math.floor(db.busyTimeout ?? 10_000))}`,
    args: [],
  })
  const tx = await db.client.transaction('write')
  try {
    for (let i = 0; i < records.length; i += rowsPerStatement) {
      const chunk = records.slice(i, i + rowsPerStatement)
      const timestamp = new Date().toISOString()
      const args: unknown[] = []
      for (const data of chunk) {
        for (let c = 0; c < keys.length; c++) {
          const key = keys[c]!
          let value: unknown
          if (key === 'createdAt' || key === 'updatedAt') value = timestamp
          else if (key === 'deletedAt') value = null
          else {
            value = data
            for (const part of paths[c]!) value = (value as Data | undefined)?.[part]
          }
          args.push(value === undefined || value === null ? null : columns[c]!.mapToDriverValue(value))
        }
      }
      await tx.execute({ sql: chunk.length === rowsPerStatement ? fullStatement : statementFor(chunk.length), args })
      onChunk(chunk)
    }
    await tx.commit()
  } catch (error) {
    await tx.rollback()
    throw error
  } finally {
    tx.close()
  }
}

// --- The phase ---------------------------------------------------------------------------------------

export interface IncidentOptions {
  count: number
  /** Use the adapter's bulk path (default); false forces one `payload.create` per incident. */
  bulk: boolean
}

/** Generates `count` incidents over the five years up to yesterday and inserts the missing ones. */
export async function seedIncidents(ctx: SeedContext, options: IncidentOptions): Promise<IncidentPhaseResult> {
  const { payload } = ctx
  const path = adapterPath(payload, options.bulk)
  const collection = payload.collections[COLLECTION]
  if (!collection) throw new Error(`The ${COLLECTION} collection is not configured.`)
  const config = collection.config
  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
  const count = countFor(ctx, COLLECTION)

  const to = daysAgo(ctx.now, 1)
  const from = new Date(Date.UTC(to.getUTCFullYear() - 5, to.getUTCMonth(), to.getUTCDate() + 1))
  const existing =
    path === 'sqlite-bulk'
      ? await existingIdsSqlite(payload.db as unknown as SqliteAdapterLike)
      : path === 'mongo-bulk'
        ? new Set(
            (await (payload.db as unknown as MongoAdapterLike).collections[COLLECTION]!.distinct('externalId')).map(
              String,
            ),
          )
        : await existingIdsLocalApi(payload)

  const bar = ctx.progress.phase(COLLECTION, options.count)
  const started = performance.now()
  let inserted = 0
  const sample: Data[] = []
  const keepSample = (data: Data) => {
    // Every 997th record plus the first: spread across the run, small enough to read back quickly.
    if (inserted % 997 === 0 && sample.length < 25) sample.push(data)
  }

  const pending: Data[] = []
  let canary: string | undefined
  for (const record of incidentStream({ count: options.count, seed: ctx.seed, from, to })) {
    const raw = record as unknown as Data
    if (existing.has(raw.externalId as string)) {
      count.existing++
      bar.tick()
      continue
    }
    const data = await prepare(config, req, raw)
    if (path === 'local-api' || canary === undefined) {
      // The first missing record always goes through the Local API: it is validated by Payload and
      // serves as the reference row for the bulk path.
      await payload.create({ collection: COLLECTION, data: data as never, depth: 0, context: SEED_CONTEXT })
      canary ??= data.externalId as string
      keepSample(data)
      inserted++
      bar.tick()
      continue
    }
    pending.push(data)
  }

  if (pending.length > 0 && path === 'sqlite-bulk') {
    const db = payload.db as unknown as SqliteAdapterLike
    await insertSqlite(db, pending, (chunk) => {
      for (const d of chunk) {
        keepSample(d)
        inserted++
      }
      bar.tick(chunk.length)
    })
    if (canary) await compareRawRows(db, canary, pending[0]!.externalId as string)
  } else if (pending.length > 0 && path === 'mongo-bulk') {
    const model = (payload.db as unknown as MongoAdapterLike).collections[COLLECTION]!
    const batch = 5_000
    for (let i = 0; i < pending.length; i += batch) {
      const chunk = pending.slice(i, i + batch)
      const now = new Date()
      // Payload's Mongo create stores dates as Date objects and sets both timestamps itself.
      await model.insertMany(
        chunk.map((d) => ({ ...d, date: new Date(d.date as string), createdAt: now, updatedAt: now })),
        { ordered: false, timestamps: false },
      )
      for (const d of chunk) {
        keepSample(d)
        inserted++
      }
      bar.tick(chunk.length)
    }
  }

  const seconds = (performance.now() - started) / 1000
  count.created += inserted
  await verifySample(payload, sample)
  const perSecond = inserted > 0 && seconds > 0 ? inserted / seconds : 0
  bar.done(
    `${inserted} inserted via ${path}, ${count.existing} existing${inserted ? `, ${Math.round(perSecond).toLocaleString('en-GB')} incidents/s` : ''}`,
  )
  return { requested: options.count, inserted, existing: count.existing, path, seconds, perSecond }
}
