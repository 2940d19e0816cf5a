/**
 * CSV in both directions, RFC 4180 with the tolerance spreadsheets need: writing quotes only what
 * must be quoted and defuses formulas; reading accepts a UTF-8 byte-order mark, CRLF, LF or CR line
 * ends, quoted cells with line breaks and doubled quotes, and (on request) guesses whether the file
 * is separated by commas, semicolons (Excel in most European locales) or tabs.
 */

export type CsvValue = string | number | boolean | null | undefined

/**
 * Cells starting with these are run as formulas by spreadsheets (OWASP CSV injection); they get a
 * leading apostrophe. A cell that already starts with an apostrophe gets one too, so that reading
 * can take exactly one away again (`unescapeCsvCell`) and every text survives the round trip.
 */
const NEEDS_APOSTROPHE = /^[=+\-@\t\r']/

/** One CSV cell: neutralised against formulas, quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (NEEDS_APOSTROPHE.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line (without the line break). */
export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',')
}

/**
 * Undoes the apostrophe `csvCell` puts before formula characters and apostrophes.
 * @example unescapeCsvCell("'=1+1") // '=1+1'
 */
export function unescapeCsvCell(text: string): string {
  return text.length > 1 && text[0] === "'" && NEEDS_APOSTROPHE.test(text.slice(1)) ? text.slice(1) : text
}

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based record (spreadsheet row) where the problem starts. */
    readonly row: number,
  ) {
    super(message)
    this.name = 'CsvError'
  }
}

export type CsvDelimiter = ',' | ';' | '\t'

export interface ParseCsvOptions {
  /** The separator, or 'auto' to pick the one the first record uses most (default ','). */
  delimiter?: CsvDelimiter | 'auto'
}

/** The separator the first record uses most outside quotes; commas win ties. */
function sniffDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ','
}

/**
 * Splits CSV text into records of cells (strings, as written: no trimming, no unescaping). Every
 * line counts, so record i is spreadsheet row i + 1; an empty line is a record with one empty cell.
 * A line break at the very end does not start another record. Throws `CsvError` for a quote that
 * is never closed.
 * @example parseCsv('a,"b ""c"""\r\n1,2\r\n') // [['a', 'b "c"'], ['1', '2']]
 */
export function parseCsv(input: string, options: ParseCsvOptions = {}): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const delimiter = options.delimiter === 'auto' ? sniffDelimiter(text) : (options.delimiter ?? ',')
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  let quoteStartRecord = 0
  const endRecord = () => {
    record.push(cell)
    records.push(record)
    record = []
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch !== '"') cell += ch
      else if (text[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = false
    } else if (ch === '"' && cell === '') {
      quoted = true
      quoteStartRecord = records.length + 1
    } else if (ch === delimiter) {
      record.push(cell)
      cell = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
    } else {
      // A quote inside an unquoted cell is kept as a character, as spreadsheets do.
      cell += ch
    }
  }
  if (quoted) throw new CsvError(`A quoted cell starting in row ${quoteStartRecord} is never closed: check for a missing quote (").`, quoteStartRecord)
  if (cell !== '' || record.length > 0) endRecord()
  return records
}
