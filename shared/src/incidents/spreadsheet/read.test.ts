import { describe, expect, it } from 'vitest'

import { INCIDENT_COLUMNS, INCIDENT_HEADER } from './columns'
import { readIncidentSheet, type SheetRow } from './read'
import { demoRecords } from './demoRecords'
import { incidentCells } from './write'

const [record] = demoRecords(1, 11)
const validCells = incidentCells(record!).map((c) => (c === null ? '' : String(c)))

/** A sheet with the full header and rows built from the valid row with some cells replaced. */
function sheet(...edits: Record<string, string>[]): SheetRow[] {
  const rows = edits.map((edit, i) => ({
    row: i + 2,
    cells: INCIDENT_HEADER.map((name, c) => (name in edit ? edit[name]! : name === 'external_id' ? `T-${i}` : validCells[c]!)),
  }))
  return [{ row: 1, cells: [...INCIDENT_HEADER] }, ...rows]
}

/** The value read for one cell written as `text`, or its error reason. */
function readCell(column: string, text: string): unknown {
  const reading = readIncidentSheet(sheet({ [column]: text }))
  const error = reading.errors.find((e) => e.field === column)
  return error ? { reason: error.reason } : reading.rows[0]?.values[column]
}

describe('header', () => {
  it.each([
    ['Weapon type', 'weapon_type'],
    ['WEAPON_TYPE', 'weapon_type'],
    ['weaponType', 'weapon_type'],
    ['Municipality / place', 'place'],
    ['Incident ID', 'external_id'],
    ['victims.killed', 'victims_killed'],
    ['Victims killed', 'victims_killed'],
    ['Link', 'source_url'],
    ['Rounds of ammunition', 'seizure_ammunition'],
    ['lat', 'latitude'],
  ])('reads “%s” as %s', (header, column) => {
    const rows = sheet({})
    rows[0] = { row: 1, cells: rows[0]!.cells.map((h) => (h === column ? header : h)) }
    const reading = readIncidentSheet(rows)
    expect(reading.errors).toEqual([])
    expect(reading.rows[0]?.values[column]).toBeDefined()
  })

  it('names unknown columns with a suggestion, and reads no rows', () => {
    const rows = sheet({})
    rows[0] = { row: 1, cells: [...rows[0]!.cells, 'wepon_type', 'notes'] }
    rows[1] = { row: 2, cells: [...rows[1]!.cells, 'x', 'y'] }
    const reading = readIncidentSheet(rows)
    expect(reading.rows).toEqual([])
    expect(reading.errors.map((e) => [e.row, e.field])).toEqual([
      [1, 'wepon_type'],
      [1, 'notes'],
    ])
    expect(reading.errors[0]?.reason).toMatch(/did you mean “weapon_type”/)
    expect(reading.errors[1]?.reason).toMatch(/^Unknown column\./)
  })

  it('lists each missing required column, and a column given twice', () => {
    const header = INCIDENT_HEADER.filter((h) => h !== 'date' && h !== 'description')
    const reading = readIncidentSheet([{ row: 1, cells: [...header, 'Weapon type'] }])
    expect(reading.errors.map((e) => e.field).sort()).toEqual(['date', 'description', 'weapon_type'])
    expect(reading.errors.find((e) => e.field === 'weapon_type')?.reason).toMatch(/twice/)
  })

  it('skips the public file’s derived columns (id, large_seizure)', () => {
    const rows = sheet({})
    rows[0] = { row: 1, cells: ['id', ...rows[0]!.cells, 'large_seizure'] }
    rows[1] = { row: 2, cells: ['17', ...rows[1]!.cells, 'true'] }
    const reading = readIncidentSheet(rows)
    expect(reading.errors).toEqual([])
    expect(reading.ignoredColumns).toEqual(['id', 'large_seizure'])
    expect(reading.rows).toHaveLength(1)
  })

  it('reports an empty file', () => {
    expect(readIncidentSheet([{ row: 1, cells: ['', ' '] }]).errors[0]?.reason).toMatch(/The file is empty/)
  })
})

describe.each(INCIDENT_COLUMNS.filter((c) => c.values).map((c) => ({ name: c.name, values: c.values! })))('$name', ({ name, values }) => {
  it.each(values.map((v) => ({ ...v })))('accepts “$value” and “$label”', ({ value, label }) => {
    expect(readCell(name, value)).toBe(value)
    expect(readCell(name, label.toUpperCase())).toBe(value)
  })
  it('refuses a value outside the vocabulary, listing the allowed ones', () => {
    expect(readCell(name, 'something else')).toEqual({ reason: expect.stringMatching(new RegExp(`Not one of the allowed values: ${values[0]!.value}`)) })
  })
})

describe('cells', () => {
  it.each([
    ['date', '2025-05-10', '2025-05-10'],
    ['date', '10.05.2025.', '2025-05-10'],
    ['date', '1.5.2025', '2025-05-01'],
    ['date', '2025-05-10T23:30:00+02:00', '2025-05-10'],
    ['date', '05/10/2025', { reason: expect.stringMatching(/YYYY-MM-DD/) }],
    ['date', '2025-02-30', { reason: expect.stringMatching(/Not a date/) }],
    ['victims_killed', '3', 3],
    ['victims_killed', '3.0', 3],
    ['victims_killed', '', 0],
    ['victims_killed', '-1', { reason: expect.stringMatching(/whole numbers/) }],
    ['victims_killed', '1.5', { reason: expect.stringMatching(/whole numbers/) }],
    ['latitude', '43,3209', 43.3209],
    ['latitude', 'north', { reason: expect.stringMatching(/Not a number/) }],
    ['verified', 'YES', true],
    ['verified', '0', false],
    ['verified', '', false],
    ['verified', 'maybe', { reason: expect.stringMatching(/true or false/) }],
    ['source_url', '', null],
    ['source_url', 'news.example.org/a', { reason: expect.stringMatching(/http/) }],
    ['subcontext', '', null],
    ['place', '  Niš  ', 'Niš'],
    ['description', 'Line one\r\nline two ', 'Line one\nline two'],
    ['description', '   ', { reason: 'Required: this cell is empty.' }],
    ['place', 'x'.repeat(121), { reason: 'Longer than 120 characters (121).' }],
    ['external_id', 'AVMP 1', { reason: expect.stringMatching(/spaces/) }],
  ])('%s “%s” → %j', (column, text, expected) => {
    expect(readCell(column, text)).toEqual(expected)
  })
})

describe('rows', () => {
  it('skip blank rows but keep the spreadsheet’s row numbers', () => {
    const rows = sheet({}, { date: 'soon' })
    const withBlank = [rows[0]!, rows[1]!, { row: 3, cells: ['', ''] }, { ...rows[2]!, row: 4 }]
    const reading = readIncidentSheet(withBlank)
    expect(reading.dataRows).toBe(2)
    expect(reading.errors.map((e) => [e.row, e.field])).toEqual([[4, 'date']])
  })

  it('report every bad cell of a row, and a row shifted by a stray separator', () => {
    const rows = sheet({ date: '', weapon_type: 'cannon' }, {})
    rows[2] = { row: 3, cells: [...rows[2]!.cells, 'spill'] }
    const reading = readIncidentSheet(rows)
    expect(reading.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'date'],
      [2, 'weapon_type'],
      [3, `column ${INCIDENT_HEADER.length + 1}`],
    ])
  })
})
