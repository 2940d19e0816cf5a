import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { INCIDENT_TEXT_MAX, normaliseText } from '../record'
import { planImport, type ExistingIncident } from './plan'
import { readIncidentSheet } from './read'
import { demoRecords } from './demoRecords'
import { incidentsToCsv, sheetFromCsv } from './write'

const now = new Date('2026-06-01T00:00:00Z')

/** Writes records as CSV, reads them back and plans an import against `existing`. */
function roundTrip(csv: string, existing = new Map<string, ExistingIncident>()) {
  const reading = readIncidentSheet(sheetFromCsv(csv))
  return { reading, plan: planImport(reading.rows, existing, now) }
}

describe('incident CSV round trip', () => {
  it('reads back exactly the records it wrote, for any generated incidents (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 30 }), (seed, count) => {
        const records = demoRecords(count, seed)
        const { reading, plan } = roundTrip(incidentsToCsv(records))
        expect(reading.errors).toEqual([])
        expect(plan.errors).toEqual([])
        expect(plan.creates.map((c) => c.record)).toEqual(records)
      }),
      { numRuns: 40 },
    )
  })

  it('keeps any text: quotes, separators, line breaks, formula characters, other alphabets (property)', () => {
    const [base] = demoRecords(1, 99)
    const text = (max: number) =>
      fc
        .string({ unit: fc.constantFrom('a', 'Ш', 'ž', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '\t', '\n', '\r\n', '1'), maxLength: 60 })
        .map(normaliseText)
        .filter((s) => s.length > 0 && s.length <= max)
    fc.assert(
      fc.property(text(INCIDENT_TEXT_MAX.place), text(INCIDENT_TEXT_MAX.description), text(INCIDENT_TEXT_MAX.outlet), (place, description, outlet) => {
        const record = { ...base!, place, description, source: { ...base!.source, outlet } }
        const { reading, plan } = roundTrip(incidentsToCsv([record]))
        expect(reading.errors).toEqual([])
        expect(plan.creates[0]?.record).toEqual(record)
      }),
    )
  })

  it('finds nothing to change when the file is imported over what it was exported from', () => {
    const records = demoRecords(200, 8)
    const existing = new Map(records.map((record, i): [string, ExistingIncident] => [record.externalId, { id: i + 1, record }]))
    const { plan } = roundTrip(incidentsToCsv(records), existing)
    expect(plan).toEqual({ creates: [], updates: [], unchanged: 200, errors: [] })
  })

  it('reads a semicolon-separated file with a byte-order mark, as Excel saves it in most of Europe', () => {
    const records = demoRecords(5, 21)
    const csv = incidentsToCsv(records)
    // Re-separate with semicolons: every cell as a quoted field, so commas inside texts stay put.
    const semicolons = sheetFromCsv(csv)
      .map((r) => r.cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';'))
      .join('\r\n')
    const { reading, plan } = roundTrip(`\uFEFF${semicolons}\r\n`)
    expect(reading.errors).toEqual([])
    expect(plan.creates.map((c) => c.record)).toEqual(records)
  })
})
