import { describe, expect, it } from 'vitest'

import type { IncidentRecord } from '../record'
import { INCIDENT_HEADER } from './columns'
import { planImport, type ExistingIncident } from './plan'
import { readIncidentSheet, type SheetRow } from './read'
import { demoRecords } from './demoRecords'
import { incidentCells } from './write'

const now = new Date('2026-06-01T00:00:00Z')
const records = demoRecords(200, 5)
const seizure = records.find((r) => r.context === 'weapon-seizure')!
const dispute = records.find((r) => r.context === 'public-dispute' && r.victims.injured + r.victims.killed > 0)!

const text = (c: ReturnType<typeof incidentCells>[number]) => (c === null ? '' : String(c))

/** Reads records written as a sheet, with optional cell edits per row, keeping only `columns`. */
function rowsOf(list: readonly IncidentRecord[], edits: Record<string, string>[] = [], columns: readonly string[] = INCIDENT_HEADER) {
  const keep = columns.map((c) => INCIDENT_HEADER.indexOf(c))
  const sheet: SheetRow[] = [
    { row: 1, cells: [...columns] },
    ...list.map((r, i) => {
      const cells = incidentCells(r).map(text)
      for (const [name, value] of Object.entries(edits[i] ?? {})) cells[INCIDENT_HEADER.indexOf(name)] = value
      return { row: i + 2, cells: keep.map((k) => cells[k]!) }
    }),
  ]
  const reading = readIncidentSheet(sheet)
  expect(reading.errors).toEqual([])
  return reading.rows
}

const stored = (list: readonly IncidentRecord[], trashed: string[] = []): Map<string, ExistingIncident> =>
  new Map(list.map((record, i) => [record.externalId, { id: i + 1, record, trashed: trashed.includes(record.externalId) }]))

describe('planImport', () => {
  it('creates what is new, updates what changed, leaves the rest', () => {
    const plan = planImport(rowsOf(records.slice(0, 3), [{}, { place: 'Somewhere else', verified: 'no' }]), stored(records.slice(0, 2)), now)
    expect(plan.errors).toEqual([])
    expect(plan.unchanged).toBe(1)
    expect(plan.updates.map((u) => [u.row, u.id, u.changed])).toEqual([[3, 2, records[1]!.verified ? ['place', 'verified'] : ['place']]])
    expect(plan.updates[0]?.record).toEqual({ ...records[1], place: 'Somewhere else', verified: false })
    expect(plan.creates.map((c) => c.row)).toEqual([4])
    expect(plan.creates[0]?.record).toEqual(records[2])
  })

  it('keeps stored values for columns the file does not have; a new incident gets the defaults', () => {
    const verified = { ...records[0]!, verified: true, possession: 'illegal' as const }
    const columns = INCIDENT_HEADER.filter((c) => c !== 'verified' && c !== 'possession')
    const plan = planImport(rowsOf([verified, records[1]!], [], columns), stored([verified]), now)
    expect(plan.unchanged).toBe(1)
    expect(plan.creates[0]?.record).toMatchObject({ verified: false, possession: 'unknown' })
  })

  it('refuses an incident ID twice in one file, and one in the trash', () => {
    const plan = planImport(rowsOf([records[0]!, records[1]!, records[0]!]), stored([records[1]!], [records[1]!.externalId]), now)
    expect(plan.errors.map((e) => [e.row, e.field, e.reason])).toEqual([
      [3, 'external_id', expect.stringMatching(/in the trash/)],
      [4, 'external_id', 'The same incident ID is on row 2: each incident may appear once per file.'],
    ])
  })

  it.each([
    ['a sub-context of another context', { context: 'public-dispute', subcontext: 'hunting' }, 'subcontext', /“Hunting accident” does not belong to the context “Public dispute”/],
    ['victims by sex that do not add up', { victims_male: '7' }, 'victims', /Victims by sex add up to/],
    ['perpetrators by age that do not add up', { perpetrators_age19to35: '9' }, 'perpetrators', /Perpetrators by age group add up to/],
    ['a point outside its jurisdiction', { jurisdiction: 'albania', latitude: '45.25', longitude: '19.84' }, 'latitude', /is not in Albania/],
    ['a date in the future', { date: '2026-06-02' }, 'date', /cannot be in the future/],
    ['a date before monitoring began', { date: '2013-12-31' }, 'date', /from 2014 onwards/],
  ])('refuses %s', (_name, edit, field, reason) => {
    const plan = planImport(rowsOf([dispute], [edit]), new Map(), now)
    expect(plan.errors).toEqual([{ row: 2, field, value: expect.any(String), reason: expect.stringMatching(reason) }])
    expect(plan.creates).toEqual([])
  })

  it('refuses seizure counts outside a weapon seizure instead of dropping them', () => {
    const plan = planImport(rowsOf([seizure], [{ context: 'criminal', subcontext: '' }]), new Map(), now)
    expect(plan.errors.map((e) => e.field)).toEqual(Object.entries(seizure.seizure).filter(([, n]) => n > 0).map(([k]) => `seizure_${k}`))
  })
})
