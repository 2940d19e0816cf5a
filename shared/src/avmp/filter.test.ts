import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { AGE_FIELDS, SEX_FIELDS } from '../incidents/breakdown'
import { decodeIncidents, encodeIncidents, rowAt, sortIncidents, type AvmpRow } from './codec'
import { dayOf, dayOfIso, isoOfDay } from './days'
import { decodeDetails, encodeDetails } from './details'
import { applyFilter, emptyFilter, FILTER_PARAMS, filterToQuery, isEmptyFilter, normalizeFilter, parseFilterQuery, periodDays, type AvmpFilter } from './filter'
import { foldText, queryTerms } from './text'
import { testIncidents } from './testData'

const q = (s: string) => parseFilterQuery(new URLSearchParams(s))
const day = (iso: string) => dayOfIso(iso)!

describe.each([
  { query: '', expected: {} },
  { query: 'year=2024&month=9&jurisdiction=serbia&context=domestic-violence', expected: { from: day('2024-09-01'), to: day('2024-09-30'), jurisdictions: ['serbia'], contexts: ['domestic-violence'] } },
  { query: 'year=2024', expected: { from: day('2024-01-01'), to: day('2024-12-31') } },
  { query: 'year=2024&from=2024-03-05', expected: { from: day('2024-03-05'), to: day('2024-12-31') } },
  { query: 'month=9', expected: {} },
  { query: 'from=2021-02-30&to=2022-01-01', expected: { to: day('2022-01-01') } },
  { query: 'from=2023-01-01&to=2022-01-01', expected: {} },
  { query: 'year=1999&month=13', expected: {} },
  { query: 'context=criminal,suicide&context=criminal&context=looting', expected: { contexts: ['criminal', 'suicide'] } },
  { query: 'jurisdiction=serbia&jurisdiction=albania&unknown=1', expected: { jurisdictions: ['albania', 'serbia'] } },
  { query: 'outcome=killed&victimSex=female&victimAge=under-19&perpetratorSex=male&setting=rural&weapon=handgun&possession=illegal', expected: { outcomes: ['killed'], victimSex: ['female'], victimAge: ['under-19'], perpetratorSex: ['male'], settings: ['rural'], weaponTypes: ['handgun'], possession: ['illegal'] } },
  { query: 'q=%20%20Novi%20%20Sad%20', expected: { q: 'Novi Sad' } },
])('parseFilterQuery("$query")', ({ query, expected }) => {
  it('reads known values and ignores the rest', () => {
    expect(q(query)).toEqual({ ...emptyFilter(), ...expected })
  })
})

describe.each([
  { state: { from: day('2024-09-01'), to: day('2024-09-30'), jurisdictions: ['serbia'] as AvmpFilter['jurisdictions'] }, query: 'year=2024&month=9&jurisdiction=serbia' },
  { state: { from: day('2024-01-01'), to: day('2024-12-31') }, query: 'year=2024' },
  { state: { from: day('2024-01-01'), to: day('2024-12-30') }, query: 'from=2024-01-01&to=2024-12-30' },
  { state: { from: day('2020-02-01') }, query: 'from=2020-02-01' },
  { state: { contexts: ['suicide', 'criminal'] as AvmpFilter['contexts'], q: 'Niš' }, query: 'context=criminal&context=suicide&q=Ni%C5%A1' },
])('filterToQuery', ({ state, query }) => {
  it(`writes ${query}`, () => {
    expect(filterToQuery({ ...emptyFilter(), ...state }).toString()).toBe(query)
  })
})

const subset = <T,>(values: readonly T[]) => fc.subarray([...values])
const arbDay = fc.integer({ min: 0, max: 65_535 })
const arbFilter: fc.Arbitrary<AvmpFilter> = fc
  .record({
    range: fc.oneof(
      fc.constant<[number | null, number | null]>([null, null]),
      fc.tuple(fc.option(arbDay), fc.option(arbDay)),
      fc.integer({ min: 2014, max: 2030 }).chain((y) => fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }).map((m) => { const p = periodDays(y, m); return [p.from, p.to] as [number, number] })),
    ),
    lists: fc.record(Object.fromEntries(FILTER_PARAMS.map((p) => [p.key, subset(p.terms.map((t) => t.value))])) as { [K in (typeof FILTER_PARAMS)[number]['key']]: fc.Arbitrary<AvmpFilter[K]> }),
    q: fc.oneof(fc.constant(''), fc.constantFrom('Niš', 'Београд', 'a&b=c', '  spaced   out '), fc.string({ maxLength: 30 })),
  })
  .map(({ range, lists, q }) => normalizeFilter({ ...emptyFilter(), from: range[0], to: range[1], ...lists, q }))

describe('filter ⇄ URL', () => {
  it('round-trips every valid state (property)', () => {
    fc.assert(
      fc.property(arbFilter, (state) => {
        const query = filterToQuery(state)
        expect(parseFilterQuery(new URLSearchParams(query.toString()))).toEqual(state)
      }),
      { numRuns: 500 },
    )
  })

  it('gives one canonical URL per view, whatever order the parameters came in (property)', () => {
    fc.assert(
      fc.property(arbFilter, fc.integer(), (state, seed) => {
        const entries = [...filterToQuery(state).entries()]
        const shuffled = entries.map((e, i) => ({ e, k: Math.sin(seed + i) })).sort((a, b) => a.k - b.k).map(({ e }) => e)
        expect(filterToQuery(parseFilterQuery(new URLSearchParams(shuffled))).toString()).toBe(filterToQuery(state).toString())
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary query strings (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const state = parseFilterQuery(new URLSearchParams(s))
        expect(normalizeFilter(state)).toEqual(state)
      }),
    )
  })

  it('knows the empty filter', () => {
    expect(isEmptyFilter(emptyFilter())).toBe(true)
    expect(isEmptyFilter(q('setting=urban'))).toBe(false)
  })
})

describe('foldText', () => {
  it.each([
    ['Niš', 'nis'],
    ['Ниш', 'nis'],
    ['Београд', 'beograd'],
    ['ĐAKOVICA', 'djakovica'],
    ['Ђаковица', 'djakovica'],
    ['Chișinău', 'chisinau'],
    ['Kavajë', 'kavaje'],
    ['Гњилане', 'gnjilane'],
    ['Љубљана', 'ljubljana'],
    ['Київ', 'kijiv'],
    ['Prizren  \n Kosovo', 'prizren kosovo'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded)
  })
  it('splits a query into distinct folded words', () => {
    expect(queryTerms('  Novi  SAD novi ')).toEqual(['novi', 'sad'])
    expect(queryTerms('   ')).toEqual([])
  })
})

// Brute force: the same filter written as a plain predicate over plain objects.
function matches(x: AvmpRow, text: string, f: AvmpFilter): boolean {
  const d = dayOfIso(x.date)!
  const any = (counts: Record<string, number>, keys: string[]) => keys.some((k) => (counts[k] ?? 0) > 0)
  return (
    (f.from === null || d >= f.from) &&
    (f.to === null || d <= f.to) &&
    (!f.jurisdictions.length || f.jurisdictions.some((v) => v === x.jurisdiction)) &&
    (!f.contexts.length || f.contexts.some((v) => v === x.context)) &&
    (!f.weaponTypes.length || f.weaponTypes.some((v) => v === x.weaponType)) &&
    (!f.possession.length || f.possession.some((v) => v === x.possession)) &&
    (!f.settings.length || f.settings.some((v) => v === x.setting)) &&
    (!f.outcomes.length || any(x.victims, f.outcomes)) &&
    (!f.victimSex.length || any(x.victims, f.victimSex.map((s) => SEX_FIELDS[s]))) &&
    (!f.victimAge.length || any(x.victims, f.victimAge.map((a) => AGE_FIELDS[a]))) &&
    (!f.perpetratorSex.length || any(x.perpetrators, f.perpetratorSex.map((s) => SEX_FIELDS[s]))) &&
    queryTerms(f.q).every((t) => text.includes(t))
  )
}

describe('applyFilter', () => {
  const input = testIncidents(2500, 77, '2020-01-01', '2025-12-31')
  const data = decodeIncidents(encodeIncidents(input))
  const details = decodeDetails(encodeDetails(input))
  const rows = Array.from({ length: data.length }, (_, i) => rowAt(data, i))
  const placesOnly = rows.map((x) => foldText(x.place))
  const withDescriptions = rows.map((x, i) => `${foldText(x.place)} ${foldText(details.description[i]!)}`)
  const first = data.day[0]!
  const last = data.day[data.length - 1]!
  const realistic = fc
    .record({
      range: fc.tuple(fc.option(fc.integer({ min: first - 30, max: last + 30 })), fc.option(fc.integer({ min: first - 30, max: last + 30 }))),
      lists: fc.record(Object.fromEntries(FILTER_PARAMS.map((p) => [p.key, fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: subset(p.terms.map((t) => t.value)) })])) as { [K in (typeof FILTER_PARAMS)[number]['key']]: fc.Arbitrary<AvmpFilter[K]> }),
      q: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('nis', 'Београд', 'TIRANA', 'police', 'wedding shot', 'chisinau', 'zz-none') }),
      withDetails: fc.boolean(),
    })
    .map(({ range, lists, q, withDetails }) => ({ state: normalizeFilter({ ...emptyFilter(), from: range[0], to: range[1], ...lists, q }), withDetails }))

  it('selects exactly the rows a brute-force check over plain objects selects (property)', () => {
    fc.assert(
      fc.property(realistic, ({ state, withDetails }) => {
        const got = [...applyFilter(data, state, withDetails ? details : undefined)]
        const texts = withDetails ? withDescriptions : placesOnly
        const want = rows.flatMap((x, i) => (matches(x, texts[i]!, state) ? [i] : []))
        expect(got).toEqual(want)
      }),
      { numRuns: 200 },
    )
  }, 30_000)

  it.each([
    { name: 'one month', query: 'year=2023&month=5', check: (x: AvmpRow) => x.date.startsWith('2023-05') },
    { name: 'killed or suicide', query: 'outcome=killed&outcome=suicide', check: (x: AvmpRow) => x.victims.killed + x.victims.suicide > 0 },
    { name: 'female victims in Serbia', query: 'victimSex=female&jurisdiction=serbia', check: (x: AvmpRow) => x.victims.female > 0 && x.jurisdiction === 'serbia' },
    { name: 'a Cyrillic place query', query: 'q=Ниш', check: (x: AvmpRow) => x.place === 'Niš' },
  ])('$name', ({ query, check }) => {
    const got = applyFilter(data, q(query))
    expect(got.length).toBeGreaterThan(0)
    for (const r of got) expect(check(rows[r]!)).toBe(true)
  })

  it('searches descriptions only once they are loaded', () => {
    const state = q('q=wedding')
    expect(applyFilter(data, state).length).toBe(0)
    const withText = applyFilter(data, state, details)
    expect(withText.length).toBeGreaterThan(0)
    for (const r of withText) expect(details.description[r]).toMatch(/wedding/i)
  })

  it('returns nothing for an empty range and everything for the empty filter', () => {
    expect(applyFilter(data, { ...emptyFilter(), from: 10, to: 20 }).length).toBe(0)
    expect(applyFilter(data, emptyFilter()).length).toBe(data.length)
  })

  it('keeps rows sorted by date, matching the source order', () => {
    const sorted = sortIncidents(input)
    expect(isoOfDay(data.day[0]!)).toBe(isoOfDay(dayOf(sorted[0]!.date)))
  })
})
