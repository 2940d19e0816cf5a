/**
 * Reading an incident spreadsheet (CSV or XLSX, already split into rows of text cells): the header
 * is matched to the columns, then every cell is checked and converted on its own. Problems are
 * collected, never thrown, so an editor sees every bad cell of every row at once.
 */
import { checkLink } from '../../links'
import { normaliseText } from '../record'
import { DERIVED_COLUMNS, INCIDENT_COLUMNS, INCIDENT_HEADER, headersOf, matchKey, type IncidentColumn } from './columns'

/** One row of a sheet: its number as the spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  row: number
  cells: readonly string[]
}

/** One problem, in the words the editor needs to fix it. */
export interface RowError {
  /** Spreadsheet row number (the header is usually row 1). */
  row: number
  /** Column name as in the data dictionary (or as written, for a header problem). */
  field: string
  /** The cell as written. */
  value: string
  reason: string
}

export type CellValue = string | number | boolean | null

/** A data row's values by column name; only columns present in the file appear. */
export interface IncidentRow {
  row: number
  externalId: string
  values: Readonly<Record<string, CellValue>>
}

export interface SheetReading {
  rows: IncidentRow[]
  errors: RowError[]
  /** Headers recognised as derived public columns and skipped. */
  ignoredColumns: string[]
  /** Data rows seen (blank rows are not counted). */
  dataRows: number
}

const BY_HEADER = new Map<string, IncidentColumn>()
for (const column of INCIDENT_COLUMNS) for (const header of headersOf(column)) BY_HEADER.set(matchKey(header), column)
const DERIVED = new Set<string>(DERIVED_COLUMNS.map(matchKey))

/** Edit distance, for "did you mean" on misspelt headers. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next.push(Math.min(prev[j]! + 1, next[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)))
    prev = next
  }
  return prev[b.length]!
}

function suggestionFor(header: string): string | undefined {
  const key = matchKey(header)
  let best: { name: string; d: number } | undefined
  for (const [k, column] of BY_HEADER) {
    const d = distance(key, k)
    if (!best || d < best.d) best = { name: column.name, d }
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 4)) ? best.name : undefined
}

interface HeaderMatch {
  /** The column of each cell position (undefined: no column). */
  columns: (IncidentColumn | undefined)[]
  /** Positions of recognised columns whose cells are skipped (derived, unknown or repeated). */
  skipped: Set<number>
  ignoredColumns: string[]
  errors: RowError[]
}

/** Matches a header row to the columns: unknown, repeated and missing required columns are errors. */
export function matchHeader(header: SheetRow): HeaderMatch {
  const errors: RowError[] = []
  const ignoredColumns: string[] = []
  const seen = new Map<string, string>()
  const skipped = new Set<number>()
  const columns = header.cells.map((cell, i): IncidentColumn | undefined => {
    const text = cell.trim()
    if (text === '') return undefined
    const column = BY_HEADER.get(matchKey(text))
    if (!column) skipped.add(i)
    if (!column) {
      if (DERIVED.has(matchKey(text))) ignoredColumns.push(text)
      else {
        const suggestion = suggestionFor(text)
        errors.push({ row: header.row, field: text, value: text, reason: `Unknown column${suggestion ? `: did you mean “${suggestion}”?` : '.'} Rename or delete it; the columns are listed in the README and in the export.` })
      }
      return undefined
    }
    const earlier = seen.get(column.name)
    if (earlier !== undefined) {
      skipped.add(i)
      errors.push({ row: header.row, field: column.name, value: text, reason: `The column appears twice (also as “${earlier}”).` })
      return undefined
    }
    seen.set(column.name, text)
    return column
  })
  for (const column of INCIDENT_COLUMNS) {
    if (column.required && !seen.has(column.name)) errors.push({ row: header.row, field: column.name, value: '', reason: 'This column is required and missing from the header.' })
  }
  return { columns, skipped, ignoredColumns, errors }
}

/** Category values by match key: both the value (`rifle-shotgun`) and its label (`Rifle / shotgun`). */
const termIndex = new Map<IncidentColumn, Map<string, string>>()
function termOf(column: IncidentColumn, text: string): string | undefined {
  let index = termIndex.get(column)
  if (!index) {
    index = new Map()
    for (const v of column.values ?? []) {
      index.set(matchKey(v.value), v.value)
      index.set(matchKey(v.label), v.value)
    }
    termIndex.set(column, index)
  }
  return index.get(matchKey(text))
}

const TRUE = new Set(['true', 'yes', 'y', '1'])
const FALSE = new Set(['false', 'no', 'n', '0'])

/** A real calendar day `YYYY-MM-DD`, or undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined
  return d.toISOString().slice(0, 10)
}

/** YYYY-MM-DD, an ISO timestamp (its UTC day) or the region's DD.MM.YYYY (with or without the final dot). */
function dayOf(text: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?$/.exec(text)
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]))
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const ms = Date.parse(text)
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10)
  }
  return undefined
}

type Converted = { value: CellValue } | { reason: string }

/** Converts one non-empty, trimmed cell. */
function convert(column: IncidentColumn, text: string): Converted {
  switch (column.kind) {
    case 'id':
      return /\s/.test(text) ? { reason: 'An incident ID cannot contain spaces.' } : { value: text }
    case 'date': {
      const day = dayOf(text)
      return day ? { value: day } : { reason: 'Not a date: write it as YYYY-MM-DD (e.g. 2025-05-10) or DD.MM.YYYY.' }
    }
    case 'term': {
      const value = termOf(column, text)
      if (value) return { value }
      const allowed = (column.values ?? []).map((v) => v.value).join(', ')
      return { reason: `Not one of the allowed values: ${allowed}.` }
    }
    case 'coordinate': {
      // Spreadsheets in the region often write a decimal comma: accept it when it cannot be anything else.
      const n = Number(/^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text)
      return Number.isFinite(n) && text !== '' ? { value: n } : { reason: 'Not a number: write decimal degrees such as 43.3209.' }
    }
    case 'count': {
      const n = /^\d+(\.0+)?$/.test(text) ? Number(text) : Number.NaN
      return Number.isSafeInteger(n) ? { value: n } : { reason: 'Counts must be whole numbers, zero or more.' }
    }
    case 'boolean': {
      const key = text.toLowerCase()
      return TRUE.has(key) ? { value: true } : FALSE.has(key) ? { value: false } : { reason: 'Write true or false (yes/no, 1/0 also work).' }
    }
    case 'link': {
      const check = checkLink(text)
      return check === true ? { value: text } : { reason: check }
    }
    case 'text':
      return { value: normaliseText(text) }
  }
}

/** Reads one data row: each present column's value, or an error per bad cell. */
function readRow(sheetRow: SheetRow, header: HeaderMatch): { row?: IncidentRow; errors: RowError[] } {
  const { columns, skipped } = header
  const errors: RowError[] = []
  const values: Record<string, CellValue> = {}
  sheetRow.cells.forEach((raw, i) => {
    // A value with no header above it is usually a row shifted by a stray separator.
    if (!columns[i] && !skipped.has(i) && raw.trim() !== '') {
      errors.push({ row: sheetRow.row, field: `column ${i + 1}`, value: raw, reason: 'This cell has no column header: add the header or clear the cell (is a separator missing its quotes?).' })
    }
  })
  columns.forEach((column, i) => {
    if (!column) return
    const raw = sheetRow.cells[i] ?? ''
    const text = column.kind === 'text' ? normaliseText(raw) : raw.trim()
    if (text === '') {
      if (column.required) errors.push({ row: sheetRow.row, field: column.name, value: raw, reason: 'Required: this cell is empty.' })
      else values[column.name] = column.empty ?? null
      return
    }
    if (column.maxLength !== undefined && text.length > column.maxLength) {
      errors.push({ row: sheetRow.row, field: column.name, value: raw, reason: `Longer than ${column.maxLength} characters (${text.length}).` })
      return
    }
    const converted = convert(column, text)
    if ('reason' in converted) errors.push({ row: sheetRow.row, field: column.name, value: raw, reason: converted.reason })
    else values[column.name] = converted.value
  })
  const externalId = values.external_id
  if (typeof externalId !== 'string') return { errors }
  return { row: { row: sheetRow.row, externalId, values }, errors }
}

/**
 * Reads a whole sheet. The first non-blank row is the header; blank rows are skipped (and keep
 * their numbers, so row numbers match what the spreadsheet shows). With a bad header nothing else
 * is read: every row would be wrong for the same reason.
 */
export function readIncidentSheet(sheet: readonly SheetRow[]): SheetReading {
  const isBlank = (r: SheetRow) => r.cells.every((c) => c.trim() === '')
  const headerIndex = sheet.findIndex((r) => !isBlank(r))
  const header = sheet[headerIndex]
  if (!header) return { rows: [], errors: [{ row: 1, field: '', value: '', reason: `The file is empty. The first row must name the columns: ${INCIDENT_HEADER.join(', ')}.` }], ignoredColumns: [], dataRows: 0 }
  const match = matchHeader(header)
  if (match.errors.length > 0) return { rows: [], errors: match.errors, ignoredColumns: match.ignoredColumns, dataRows: 0 }
  const rows: IncidentRow[] = []
  const errors: RowError[] = []
  let dataRows = 0
  for (const sheetRow of sheet.slice(headerIndex + 1)) {
    if (isBlank(sheetRow)) continue
    dataRows++
    const read = readRow(sheetRow, match)
    errors.push(...read.errors)
    if (read.row && read.errors.length === 0) rows.push(read.row)
  }
  return { rows, errors, ignoredColumns: match.ignoredColumns, dataRows }
}
