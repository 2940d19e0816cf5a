/**
 * Planning an import: each read row becomes a new incident, a change to an existing one (matched by
 * external ID) or nothing at all, after the same checks the CMS makes. Pure: the CMS fetches the
 * existing incidents, asks for a plan, and writes it only when it has no errors.
 */
import { checkCoordinates, checkIncidentDate, checkPerpetratorBreakdown, checkVictimBreakdown, subcontextProblem } from '../validate'
import { dateOfDay, type IncidentRecord } from '../record'
import { INCIDENT_COLUMNS, valueLabel, type IncidentColumn } from './columns'
import type { CellValue, IncidentRow, RowError } from './read'

export interface ExistingIncident {
  id: string | number
  record: IncidentRecord
  /** In the trash: importing it again would clash with the unique external ID. */
  trashed?: boolean
}

export interface PlannedCreate {
  row: number
  record: IncidentRecord
}

export interface PlannedUpdate extends PlannedCreate {
  id: string | number
  /** Column names whose values change. */
  changed: string[]
}

export interface ImportPlan {
  creates: PlannedCreate[]
  updates: PlannedUpdate[]
  /** Rows identical to the stored incident: nothing to write. */
  unchanged: number
  errors: RowError[]
}

type Loose = Record<string, unknown>

function get(record: IncidentRecord, column: IncidentColumn): unknown {
  const [head, sub] = column.path
  const top = (record as unknown as Loose)[head]
  return sub === undefined ? top : (top as Loose | null | undefined)?.[sub]
}

function set(record: Loose, column: IncidentColumn, value: CellValue): void {
  const [head, sub] = column.path
  if (sub === undefined) record[head] = value
  else record[head] = { ...(record[head] as Loose | undefined), [sub]: value }
}

/** A new incident from a row: the row's values, defaults for optional columns it does not have. */
function recordFor(row: IncidentRow, base: IncidentRecord | undefined): IncidentRecord {
  const record: Loose = base ? (structuredClone(base) as unknown as Loose) : {}
  for (const column of INCIDENT_COLUMNS) {
    if (column.name in row.values) set(record, column, row.values[column.name]!)
    else if (!base) set(record, column, column.empty ?? null)
  }
  return record as unknown as IncidentRecord
}

const countsOf = (group: Record<string, number>) =>
  Object.entries(group)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'all 0'

/** The checks the incidents collection makes across fields, as row errors. */
export function checkIncidentRecord(record: IncidentRecord, row: number, now: Date = new Date()): RowError[] {
  const errors: RowError[] = []
  const fail = (field: string, value: unknown, reason: string) => errors.push({ row, field, value: String(value ?? ''), reason })
  const date = checkIncidentDate(dateOfDay(record.date), now)
  if (date !== true) fail('date', record.date, date)
  const point = checkCoordinates(record.jurisdiction, record.latitude, record.longitude)
  if (point !== true) fail('latitude', `${record.latitude}, ${record.longitude}`, point)
  const sub = subcontextProblem(record.subcontext, record.context)
  if (sub) fail('subcontext', record.subcontext, `${sub.replace('the chosen context', `the context “${valueLabel('context', record.context)}”`)}`)
  const victims = checkVictimBreakdown(record.victims)
  if (victims !== true) fail('victims', countsOf(record.victims), victims)
  const perpetrators = checkPerpetratorBreakdown(record.perpetrators)
  if (perpetrators !== true) fail('perpetrators', countsOf(record.perpetrators), perpetrators)
  if (record.context !== 'weapon-seizure') {
    // The CMS clears these for other contexts; keeping them would make every re-import a change.
    for (const [k, n] of Object.entries(record.seizure)) {
      if (n > 0) fail(`seizure_${k}`, n, `Seizure counts are for weapon seizures only; this row's context is “${valueLabel('context', record.context)}”. Leave it at 0 or empty.`)
    }
  }
  return errors
}

/**
 * Decides, row by row, what an import would do, and collects every problem. Rows are matched to
 * stored incidents by external ID; a column missing from the file keeps the stored value (and takes
 * the default for a new incident), a present column — empty cells included — is authoritative.
 */
export function planImport(rows: readonly IncidentRow[], existing: ReadonlyMap<string, ExistingIncident>, now: Date = new Date()): ImportPlan {
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, errors: [] }
  const firstRow = new Map<string, number>()
  for (const row of rows) {
    const earlier = firstRow.get(row.externalId)
    if (earlier !== undefined) {
      plan.errors.push({ row: row.row, field: 'external_id', value: row.externalId, reason: `The same incident ID is on row ${earlier}: each incident may appear once per file.` })
      continue
    }
    firstRow.set(row.externalId, row.row)
    const stored = existing.get(row.externalId)
    if (stored?.trashed) {
      plan.errors.push({ row: row.row, field: 'external_id', value: row.externalId, reason: 'This incident is in the trash: restore it (or delete it for good) before importing it again.' })
      continue
    }
    const record = recordFor(row, stored?.record)
    const errors = checkIncidentRecord(record, row.row, now)
    if (errors.length > 0) {
      plan.errors.push(...errors)
      continue
    }
    if (!stored) {
      plan.creates.push({ row: row.row, record })
      continue
    }
    const changed = INCIDENT_COLUMNS.filter((c) => get(record, c) !== get(stored.record, c)).map((c) => c.name)
    if (changed.length === 0) plan.unchanged++
    else plan.updates.push({ row: row.row, record, id: stored.id, changed })
  }
  return plan
}
