import { csvLine, parseCsv, unescapeCsvCell } from '../../csv'
import type { IncidentRecord } from '../record'
import { INCIDENT_COLUMNS, INCIDENT_HEADER } from './columns'
import type { SheetRow } from './read'

export type SheetCell = string | number | boolean | null

/**
 * One incident as a spreadsheet row, in column order. Coordinates keep every digit (the public
 * export rounds them; an import must get back exactly what is stored).
 */
export function incidentCells(record: IncidentRecord): SheetCell[] {
  return INCIDENT_COLUMNS.map((column) => {
    const [head, sub] = column.path
    const top = (record as unknown as Record<string, unknown>)[head]
    const value = sub === undefined ? top : (top as Record<string, unknown>)[sub]
    return value === undefined ? null : (value as SheetCell)
  })
}

/**
 * The incident spreadsheet as CSV: header, one line per incident, CRLF line ends, formulas defused.
 * @example incidentsToCsv([record]).split('\r\n')[0] // 'external_id,date,jurisdiction,…'
 */
export function incidentsToCsv(records: readonly IncidentRecord[]): string {
  const lines = [csvLine(INCIDENT_HEADER)]
  for (const record of records) lines.push(csvLine(incidentCells(record)))
  return `${lines.join('\r\n')}\r\n`
}

/** The rows of a CSV file for `readIncidentSheet`: separator guessed, defused formulas restored. */
export function sheetFromCsv(text: string): SheetRow[] {
  return parseCsv(text, { delimiter: 'auto' }).map((cells, i) => ({ row: i + 1, cells: cells.map(unescapeCsvCell) }))
}
