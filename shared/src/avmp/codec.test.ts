import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { AGE_FIELDS, OUTCOME_FIELDS, SEX_FIELDS } from '../incidents/breakdown'
import { INCIDENT_CONTEXTS, INCIDENT_SUBCONTEXTS, PLACE_TYPES, POSSESSION, SETTINGS, WEAPON_TYPES } from '../vocab/incidents'
import { AVMP_JURISDICTIONS, REGION_BBOX } from '../vocab/jurisdictions'
import { valuesOf } from '../vocab/term'
import {
  AvmpCodecError,
  decodeIncidents,
  encodeIncidents,
  externalIdOf,
  quantisationError,
  readHeader,
  rowAt,
  rowOfExternalId,
  sortIncidents,
  type AvmpRow,
  type AvmpSourceIncident,
} from './codec'
import { dayOf, isoOfDay } from './days'
import { decodeDetails, encodeDetails, encodeDetailsByYear, mergeDetails } from './details'
import { testIncidents } from './testData'

const err = quantisationError()
const EPS = 1e-9

/** What a row must decode to: the input with dates reduced to the UTC day and counts made whole. */
function expected(x: AvmpSourceIncident): Omit<AvmpRow, 'latitude' | 'longitude'> {
  const v = (x.victims ?? {}) as Record<string, number | null | undefined>
  const p = (x.perpetrators ?? {}) as Record<string, number | null | undefined>
  const s = (x.seizure ?? {}) as Record<string, number | null | undefined>
  const pick = (o: Record<string, number | null | undefined>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? 0]))
  const sexAge = [...Object.values(SEX_FIELDS), ...Object.values(AGE_FIELDS)]
  return {
    id: x.id,
    externalId: x.externalId || null,
    date: isoOfDay(dayOf(x.date)),
    jurisdiction: x.jurisdiction,
    place: x.place,
    setting: x.setting,
    placeType: x.placeType,
    context: x.context,
    subcontext: x.subcontext ?? null,
    weaponType: x.weaponType,
    possession: x.possession,
    victims: pick(v, [...OUTCOME_FIELDS, ...sexAge]) as AvmpRow['victims'],
    perpetrators: pick(p, sexAge) as AvmpRow['perpetrators'],
    seizure: pick(s, ['firearms', 'ammunition', 'explosives']) as AvmpRow['seizure'],
    largeSeizure: Boolean(x.largeSeizure),
  }
}

function expectRoundTrip(input: readonly AvmpSourceIncident[]): void {
  const data = decodeIncidents(encodeIncidents(input))
  const sorted = sortIncidents(input)
  expect(data.length).toBe(input.length)
  sorted.forEach((x, i) => {
    const { latitude, longitude, ...rest } = rowAt(data, i)
    expect(rest).toEqual(expected(x))
    expect(Math.abs(latitude - x.latitude)).toBeLessThanOrEqual(err.lat + EPS)
    expect(Math.abs(longitude - x.longitude)).toBeLessThanOrEqual(err.lng + EPS)
  })
  for (let i = 1; i < data.length; i++) expect(data.day[i]!).toBeGreaterThanOrEqual(data.day[i - 1]!)
}

// Arbitrary incidents, including what generated data never has: string ids, missing groups,
// huge counts, odd external ids, places shared across jurisdictions.
const count = fc.oneof(fc.constant(0), fc.constant(null), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 0xffffffff }))
const arbIncident: fc.Arbitrary<AvmpSourceIncident> = fc.record({
  id: fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.string({ minLength: 1, maxLength: 24 })),
  externalId: fc.oneof(fc.constant(null), fc.nat(999_999).map((n) => `AVMP-${String(n).padStart(6, '0')}`), fc.string({ maxLength: 12 })),
  date: fc.date({ min: new Date('2014-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  jurisdiction: fc.constantFrom(...valuesOf(AVMP_JURISDICTIONS)),
  place: fc.oneof(fc.constantFrom('Niš', 'Београд', 'Tirana', 'Novi Grad'), fc.string({ maxLength: 20 })),
  latitude: fc.double({ min: REGION_BBOX.minLat, max: REGION_BBOX.maxLat, noNaN: true }),
  longitude: fc.double({ min: REGION_BBOX.minLng, max: REGION_BBOX.maxLng, noNaN: true }),
  setting: fc.constantFrom(...valuesOf(SETTINGS)),
  placeType: fc.constantFrom(...valuesOf(PLACE_TYPES)),
  context: fc.constantFrom(...valuesOf(INCIDENT_CONTEXTS)),
  subcontext: fc.oneof(fc.constant(null), fc.constant(undefined), fc.constantFrom(...valuesOf(INCIDENT_SUBCONTEXTS))),
  weaponType: fc.constantFrom(...valuesOf(WEAPON_TYPES)),
  possession: fc.constantFrom(...valuesOf(POSSESSION)),
  victims: fc.record({ killed: count, injured: count, threatened: count, suicide: count, male: count, female: count, ageOver60: count }, { requiredKeys: [] }),
  perpetrators: fc.option(fc.record({ male: count, female: count, age19to35: count }, { requiredKeys: [] }), { nil: undefined }),
  seizure: fc.record({ firearms: count, ammunition: count }, { requiredKeys: [] }),
  largeSeizure: fc.oneof(fc.boolean(), fc.constant(null)),
}) as fc.Arbitrary<AvmpSourceIncident>

describe('encodeIncidents / decodeIncidents', () => {
  it('round-trips generated incidents (coordinates within the stated precision, dates to the day)', () => {
    expectRoundTrip(testIncidents(3000, 11))
  })

  it('round-trips arbitrary incidents (property)', () => {
    fc.assert(
      fc.property(fc.array(arbIncident, { maxLength: 40 }), (incidents) => {
        expectRoundTrip(incidents)
      }),
      { numRuns: 150 },
    )
  })

  it('round-trips generated samples of every size (property)', () => {
    const pool = testIncidents(400, 5)
    fc.assert(
      fc.property(fc.subarray(pool), (incidents) => {
        expectRoundTrip(incidents)
      }),
      { numRuns: 40 },
    )
  })

  it.each([
    { name: 'no incidents', input: [] as AvmpSourceIncident[] },
    { name: 'one incident', input: testIncidents(1, 3) },
  ])('round-trips $name', ({ input }) => {
    expectRoundTrip(input)
    expect(decodeIncidents(encodeIncidents(input)).month).toHaveLength(input.length)
  })

  it('stores coordinates to about 30 m (half-step error under 17 m)', () => {
    expect(err.lat * 111_320).toBeLessThan(15)
    expect(err.lng * 111_320 * Math.cos((REGION_BBOX.minLat * Math.PI) / 180)).toBeLessThan(17)
  })

  it('writes a self-describing header: magic, version, counts, vocabularies and column table', () => {
    const input = testIncidents(50, 2)
    const file = encodeIncidents(input)
    expect(new TextDecoder().decode(file.subarray(0, 4))).toBe('AVMP')
    const header = readHeader(file)
    expect(header).toMatchObject({ format: 'avmp-incidents', version: 1, rows: 50, epoch: '2014-01-01' })
    expect(header.vocab.context).toEqual(valuesOf(INCIDENT_CONTEXTS))
    expect(header.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['day', 'lat', 'lng', 'place', 'victims.killed', 'perpetrators.male', 'seizure.ammunition', 'id', 'externalId']))
    for (const c of header.columns) expect(c.offset % 8).toBe(0)
  })

  it('decodes with the vocabulary stored in the file, so old files survive vocabulary changes', () => {
    const file = encodeIncidents(testIncidents(20, 4))
    const header = readHeader(file)
    // Simulate a file written with another context order: same columns, rewritten header.
    const reordered = [...header.vocab.context].reverse()
    const oldHeaderLength = new DataView(file.buffer).getUint32(12, true)
    const columns = file.subarray((16 + oldHeaderLength + 7) & ~7)
    const headerBytes = new TextEncoder().encode(JSON.stringify({ ...header, vocab: { ...header.vocab, context: reordered } }))
    const start = (16 + headerBytes.length + 7) & ~7
    const patched = new Uint8Array(start + columns.length)
    patched.set(file.subarray(0, 16))
    new DataView(patched.buffer).setUint32(12, headerBytes.length, true)
    patched.set(headerBytes, 16)
    patched.set(columns, start)
    const data = decodeIncidents(patched)
    expect(data.vocab.context).toEqual(reordered)
    const original = decodeIncidents(file)
    expect(rowAt(data, 0).context).toBe(reordered[original.context[0]!])
  })

  it('reads a file from an unaligned slice of a larger buffer', () => {
    const file = encodeIncidents(testIncidents(30, 9))
    const big = new Uint8Array(file.length + 3)
    big.set(file, 3)
    expect(rowAt(decodeIncidents(big.subarray(3)), 7)).toEqual(rowAt(decodeIncidents(file), 7))
  })

  it('keeps pattern external ids compact and finds rows by them', () => {
    const input = testIncidents(200, 8)
    const data = decodeIncidents(encodeIncidents(input))
    expect(data.externalIds.kind).toBe('pattern')
    expect(readHeader(encodeIncidents(input)).columns.find((c) => c.name === 'externalId')?.encoding).toBe('offset:id')
    const row = rowOfExternalId(data, 'AVMP-DEMO-000123')
    expect(externalIdOf(data, row)).toBe('AVMP-DEMO-000123')
    expect(rowOfExternalId(data, 'nope')).toBe(-1)
  })

  it.each([
    { field: 'context', value: 'looting', message: /Incident AVMP-DEMO-000001: unknown context "looting" \(known: weapon-seizure, criminal/ },
    { field: 'weaponType', value: 'crossbow', message: /unknown weaponType "crossbow"/ },
    { field: 'jurisdiction', value: 'atlantis', message: /unknown jurisdiction "atlantis"/ },
    { field: 'subcontext', value: 'poaching', message: /unknown subcontext "poaching"/ },
    { field: 'date', value: '2013-12-31T12:00:00Z', message: /outside the range the format holds/ },
    { field: 'date', value: 'yesterday', message: /not a valid date/ },
    { field: 'latitude', value: 10, message: /lies outside the region/ },
  ])('rejects $field = $value with a clear error', ({ field, value, message }) => {
    const [x] = testIncidents(1, 1)
    const bad = { ...x!, [field]: value } as AvmpSourceIncident
    expect(() => encodeIncidents([bad])).toThrow(AvmpCodecError)
    expect(() => encodeIncidents([bad])).toThrow(message)
  })

  it('rejects counts that are not whole numbers', () => {
    const [x] = testIncidents(1, 1)
    expect(() => encodeIncidents([{ ...x!, victims: { ...x!.victims, killed: 1.5 } }])).toThrow(/victims.killed must be a whole number/)
  })

  it.each([
    { name: 'another format', bytes: new TextEncoder().encode('PK\u0003\u0004 not ours at all'), message: /Not an AVMP incident file/ },
    { name: 'a newer version', bytes: (() => { const f = encodeIncidents([]); new DataView(f.buffer).setUint16(4, 99, true); return f })(), message: /version 99 is newer/ },
    { name: 'a truncated file', bytes: encodeIncidents(testIncidents(100, 1)).subarray(0, 2000), message: /truncated/ },
  ])('refuses $name', ({ bytes, message }) => {
    expect(() => decodeIncidents(bytes)).toThrow(message)
  })
})

describe('encodeDetails / decodeDetails', () => {
  const input = testIncidents(500, 21, '2022-06-01', '2025-03-31')
  const sorted = sortIncidents(input)

  it('aligns descriptions and sources with the core rows', () => {
    const details = decodeDetails(encodeDetails(input))
    const data = decodeIncidents(encodeIncidents(input))
    expect(details.length).toBe(data.length)
    sorted.forEach((x, i) => {
      expect(details.description[i]).toBe(x.description)
      expect(details.outlet[i]).toBe(x.source.outlet)
      expect(details.sourceType[i]).toBe(x.source.type)
      expect(details.url[i]).toBe(x.source.url ?? null)
      expect(externalIdOf(data, i)).toBe(x.externalId)
    })
  })

  it('splits by year into contiguous chunks that merge back to the whole', () => {
    const chunks = encodeDetailsByYear(input)
    expect(chunks.map((c) => c.year)).toEqual([2022, 2023, 2024, 2025])
    expect(chunks.reduce((s, c) => s + c.rows, 0)).toBe(input.length)
    const merged = mergeDetails(chunks.map((c) => decodeDetails(c.text)).reverse())
    expect(merged).toEqual(decodeDetails(encodeDetails(input)))
  })

  it('handles no incidents, and refuses other files', () => {
    expect(decodeDetails(encodeDetails([])).length).toBe(0)
    expect(() => decodeDetails('{"format":"geojson"}')).toThrow(/Not an AVMP details file/)
  })
})

describe('runtime code', () => {
  it('uses no Node APIs, so browsers can run it', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const dir = new URL('.', import.meta.url)
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/from 'node:|require\(|process\.|(?<!Array)Buffer\./)
    }
  })
})
