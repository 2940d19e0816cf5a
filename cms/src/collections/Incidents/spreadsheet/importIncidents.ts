/**
 * The import itself: read the sheet, check every row against the stored incidents, and only when
 * no row has a problem write the whole plan in one database transaction. Readers (and the site
 * build) see the incidents as they were before the import or after it, never in between; a failure
 * or a killed process part-way leaves nothing behind.
 */
import { createLocalReq, ValidationError, type Payload, type PayloadRequest, type RequestContext, type RequiredDataFromCollectionSlug, type TypedUser } from 'payload'

import { dateOfDay, incidentRecordOf, type IncidentRecord } from '@clearinghouse/shared/incidents'
import type { Incident } from '@clearinghouse/shared/payload-types'
import { INCIDENT_COLUMNS, planImport, readIncidentSheet, type ExistingIncident, type RowError, type SheetRow } from '@clearinghouse/shared/incidents/spreadsheet'

/**
 * Passed to every Local API call the import makes: hooks with side effects (revalidation, e-mails,
 * search indexing) skip their per-document work when they see it.
 */
export const IMPORT_CONTEXT: RequestContext = { importing: true, disableRevalidate: true }

export interface ImportProgress {
  phase: 'checking' | 'writing'
  done: number
  total: number
}

export interface ImportOptions {
  /** Check and count only; write nothing. */
  dryRun?: boolean
  /** The signed-in editor: access rules apply to them. Without one (the CLI) access is not checked. */
  user?: TypedUser | null
  /** Called as work advances (and awaited); an error thrown here aborts the import and writes nothing. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>
  now?: Date
}

export interface ImportReport {
  dryRun: boolean
  /** True when changes were committed to the database. */
  written: boolean
  /** Data rows in the file (blank rows not counted). */
  rows: number
  created: number
  updated: number
  unchanged: number
  /** Every problem, by row; any problem means nothing was written. */
  errors: RowError[]
  /** Derived public columns found in the file and skipped. */
  ignoredColumns: string[]
  /** Rows that change a stored incident, with the columns that change. */
  changes: { row: number; externalId: string; columns: string[] }[]
  ms: number
}

const COLLECTION = 'incidents'
/** IDs per lookup query: well under SQLite's bound-parameter limit. */
const LOOKUP_CHUNK = 500

async function findExisting(payload: Payload, externalIds: string[], user: TypedUser | null | undefined, onChunk: (n: number) => void | Promise<void>): Promise<Map<string, ExistingIncident>> {
  const existing = new Map<string, ExistingIncident>()
  for (let i = 0; i < externalIds.length; i += LOOKUP_CHUNK) {
    const chunk = externalIds.slice(i, i + LOOKUP_CHUNK)
    const { docs } = await payload.find({
      collection: COLLECTION,
      where: { externalId: { in: chunk } },
      trash: true,
      depth: 0,
      pagination: false,
      overrideAccess: !user,
      ...(user ? { user } : {}),
      context: IMPORT_CONTEXT,
    })
    // Typed by the generated schema in the app; spelled out for projects without that augmentation (tests).
    for (const doc of docs as Incident[]) {
      if (doc.externalId) existing.set(doc.externalId, { id: doc.id, record: incidentRecordOf(doc), trashed: Boolean(doc.deletedAt) })
    }
    await onChunk(chunk.length)
  }
  return existing
}

type IncidentData = RequiredDataFromCollectionSlug<'incidents'>

/** Payload data for a new incident: the day stored at noon UTC, as the admin's day picker does. */
const createData = (record: IncidentRecord): IncidentData => ({ ...record, date: dateOfDay(record.date) })

/** Payload data for a change; an unchanged day keeps its stored time. */
function updateData(record: IncidentRecord, changed: readonly string[]): Partial<IncidentData> {
  const { date, ...rest } = record
  return changed.includes('date') ? { ...rest, date: dateOfDay(date) } : rest
}

const COLUMN_OF_PATH = new Map(INCIDENT_COLUMNS.map((c) => [c.path.join('.'), c.name]))

/** Payload's own validation refused a row the shared checks let through: report it like theirs. */
function rowErrorsOf(error: ValidationError, row: number): RowError[] {
  return error.data.errors.map((e) => ({ row, field: COLUMN_OF_PATH.get(e.path) ?? e.path, value: '', reason: e.message }))
}

const byRow = (a: RowError, b: RowError) => a.row - b.row

/**
 * Imports incident rows: validates everything first, then creates and updates by external ID in
 * one transaction (commit, or roll back on any error). Rows equal to what is stored are not
 * written, so importing the same file twice changes nothing the second time.
 */
export async function importIncidents(payload: Payload, sheet: readonly SheetRow[], options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now()
  const { dryRun = false, user, onProgress } = options
  const reading = readIncidentSheet(sheet)
  const report: ImportReport = { dryRun, written: false, rows: reading.dataRows, created: 0, updated: 0, unchanged: 0, errors: [], ignoredColumns: reading.ignoredColumns, changes: [], ms: 0 }
  const finish = () => ({ ...report, ms: Math.round(performance.now() - started) })

  const ids = [...new Set(reading.rows.map((r) => r.externalId))]
  let looked = 0
  await onProgress?.({ phase: 'checking', done: 0, total: ids.length })
  const existing = await findExisting(payload, ids, user, async (n) => {
    looked += n
    await onProgress?.({ phase: 'checking', done: looked, total: ids.length })
  })
  const plan = planImport(reading.rows, existing, options.now)
  report.errors = [...reading.errors, ...plan.errors].sort(byRow)
  report.created = plan.creates.length
  report.updated = plan.updates.length
  report.unchanged = plan.unchanged
  report.changes = plan.updates.map((u) => ({ row: u.row, externalId: u.record.externalId, columns: u.changed }))
  const writes = plan.creates.length + plan.updates.length
  if (report.errors.length > 0 || dryRun || writes === 0) return finish()

  const transactionID = await payload.db.beginTransaction()
  // All or nothing is the promise: without a transaction (e.g. MongoDB without a replica set) refuse.
  if (!transactionID) throw new Error('The database cannot run transactions, so an import could be left half done: not importing.')
  const req: PayloadRequest = await createLocalReq({ context: IMPORT_CONTEXT, ...(user ? { user } : {}) }, payload)
  req.transactionID = transactionID
  // Nothing is read back but the ID: the documents are not needed, and reading them costs time.
  const write = { overrideAccess: !user, req, depth: 0, select: { externalId: true as const } }
  let done = 0
  let row = 0
  try {
    await onProgress?.({ phase: 'writing', done, total: writes })
    for (const create of plan.creates) {
      row = create.row
      await payload.create({ collection: COLLECTION, data: createData(create.record), ...write })
      await onProgress?.({ phase: 'writing', done: ++done, total: writes })
    }
    for (const update of plan.updates) {
      row = update.row
      await payload.update({ collection: COLLECTION, id: update.id, data: updateData(update.record, update.changed), ...write })
      await onProgress?.({ phase: 'writing', done: ++done, total: writes })
    }
    await payload.db.commitTransaction(transactionID)
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    if (error instanceof ValidationError) {
      report.errors = rowErrorsOf(error, row)
      return finish()
    }
    throw error
  }
  report.written = true
  return finish()
}
