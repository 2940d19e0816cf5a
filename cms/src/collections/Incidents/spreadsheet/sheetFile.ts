/**
 * Spreadsheet files in and out: CSV (UTF-8) and XLSX, turned into rows of text cells for the shared
 * reader, and incident records turned back into a file. The format is recognised by content, not
 * by name: an XLSX file is a ZIP archive.
 */
import type { CellValue, Workbook } from 'exceljs'

import { INCIDENT_COLUMNS, INCIDENT_HEADER, incidentCells, incidentsToCsv, sheetFromCsv, type SheetRow } from '@clearinghouse/shared/incidents/spreadsheet'
import type { IncidentRecord } from '@clearinghouse/shared/incidents'

export type SheetFormat = 'csv' | 'xlsx'

export const SHEET_FORMATS: Record<SheetFormat, { contentType: string; extension: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
}

/** A file that cannot be read at all (as opposed to bad rows, which the reader reports). */
export class SheetFileError extends Error {
  override name = 'SheetFileError'
}

/** The worksheet read from and written to. */
const SHEET_NAME = 'Incidents'

// exceljs is large: load it only when a spreadsheet is actually read or written, not with the config.
const loadExcel = async () => (await import('exceljs')).default

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

/** The format of a file from its first bytes. */
export function sniffFormat(bytes: Uint8Array): SheetFormat {
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, OLE)) throw new SheetFileError('This is an old Excel .xls file: save it as .xlsx or as “CSV UTF-8” and try again.')
  return 'csv'
}

/** Text of one XLSX cell as the shared reader expects it (dates as their day, numbers in full). */
function cellText(value: CellValue, address: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  // exceljs reads a date cell as the UTC instant of its wall-clock value: the UTC day is the day shown.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink
  if ('error' in value) return value.error
  if ('result' in value && value.result !== undefined) return cellText(value.result, address)
  throw new SheetFileError(`Cell ${address} holds a formula without a saved result: open the file in a spreadsheet, save it, and try again (or paste values instead of formulas).`)
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const Excel = await loadExcel()
  const workbook = new Excel.Workbook()
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch (error) {
    throw new SheetFileError(`The XLSX file cannot be opened (${error instanceof Error ? error.message : String(error)}).`)
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0]
  if (!sheet) throw new SheetFileError('The XLSX file has no worksheet.')
  const rows: SheetRow[] = []
  const width = sheet.columnCount
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = []
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c)
      cells.push(cellText(cell.value, cell.address))
    }
    rows.push({ row: number, cells })
  })
  return rows
}

function readCsv(bytes: Uint8Array): SheetRow[] {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new SheetFileError('The file is neither an XLSX workbook nor UTF-8 text. In Excel, save it as “CSV UTF-8 (comma delimited)” or as .xlsx.')
  }
  try {
    return sheetFromCsv(text)
  } catch (error) {
    throw new SheetFileError(error instanceof Error ? error.message : String(error))
  }
}

/** The rows of an uploaded CSV or XLSX file; throws `SheetFileError` when it cannot be read at all. */
export async function readSheetFile(bytes: Uint8Array): Promise<SheetRow[]> {
  if (bytes.byteLength === 0) throw new SheetFileError('The file is empty.')
  return sniffFormat(bytes) === 'xlsx' ? readXlsx(bytes) : readCsv(bytes)
}

/** A second sheet that documents the columns, so a downloaded workbook explains itself. */
function addColumnsSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet('Columns')
  sheet.columns = [
    { header: 'Column', key: 'name', width: 26 },
    { header: 'Required', key: 'required', width: 10 },
    { header: 'Meaning', key: 'description', width: 80 },
    { header: 'Allowed values', key: 'values', width: 80 },
  ]
  for (const c of INCIDENT_COLUMNS) {
    sheet.addRow({ name: c.name, required: c.required ? 'yes' : '', description: c.description, values: c.values?.map((v) => `${v.value} (${v.label})`).join(', ') ?? '' })
  }
  sheet.getRow(1).font = { bold: true }
}

async function writeXlsx(records: readonly IncidentRecord[]): Promise<Uint8Array<ArrayBuffer>> {
  const Excel = await loadExcel()
  const workbook = new Excel.Workbook()
  workbook.creator = 'Clearinghouse CMS'
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.addRow([...INCIDENT_HEADER])
  sheet.getRow(1).font = { bold: true }
  const dateColumn = INCIDENT_HEADER.indexOf('date')
  for (const record of records) {
    const cells: CellValue[] = incidentCells(record)
    // A real date cell (sortable and filterable in Excel), shown as YYYY-MM-DD.
    cells[dateColumn] = new Date(`${record.date}T00:00:00.000Z`)
    sheet.addRow(cells)
  }
  sheet.getColumn(dateColumn + 1).numFmt = 'yyyy-mm-dd'
  INCIDENT_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.kind === 'text' ? (c.name === 'description' ? 60 : 24) : Math.max(10, c.name.length + 2)
  })
  addColumnsSheet(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/**
 * Incident records as a file in the given format. The CSV starts with a byte-order mark: without
 * it Excel reads UTF-8 as the local code page and “Niš” comes back as “NiÅ¡”.
 */
export async function writeSheetFile(records: readonly IncidentRecord[], format: SheetFormat): Promise<Uint8Array<ArrayBuffer>> {
  return format === 'xlsx' ? writeXlsx(records) : new TextEncoder().encode(`\uFEFF${incidentsToCsv(records)}`)
}
