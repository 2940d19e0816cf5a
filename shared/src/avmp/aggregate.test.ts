import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { OUTCOME_FIELDS, SEX_FIELDS } from '../incidents/breakdown'
import { AVMP_JURISDICTIONS } from '../vocab/jurisdictions'
import {
  countBy,
  countByMonth,
  formatProtectedCount,
  monthAtAGlance,
  needsSmallCellProtection,
  viewExtent,
  perpetratorsBySex,
  ratesPer100k,
  victimsByAge,
  victimsByOutcome,
  victimsByOutcomeAndSex,
  victimsBySex,
} from './aggregate'
import { CATEGORY_COLUMNS, decodeIncidents, encodeIncidents, rowAt, type AvmpSourceIncident } from './codec'
import { applyFilter, emptyFilter, FILTER_PARAMS, normalizeFilter, type AvmpFilter } from './filter'
import { testIncidents } from './testData'

const input = testIncidents(3000, 99, '2021-01-01', '2025-12-31')
const data = decodeIncidents(encodeIncidents(input))
const rows = Array.from({ length: data.length }, (_, i) => rowAt(data, i))
const all = applyFilter(data, emptyFilter())

const arbSelection = fc
  .record(Object.fromEntries(FILTER_PARAMS.map((p) => [p.key, fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray(p.terms.map((t) => t.value)) })])) as { [K in (typeof FILTER_PARAMS)[number]['key']]: fc.Arbitrary<AvmpFilter[K]> })
  .map((lists) => applyFilter(data, normalizeFilter({ ...emptyFilter(), ...lists })))

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)

describe('aggregations: totals equal the sum of their parts', () => {
  it.each(CATEGORY_COLUMNS.filter((c) => c !== 'subcontext'))('incidents by %s add up to the selection', (column) => {
    fc.assert(
      fc.property(arbSelection, (sel) => {
        expect(sum(countBy(data, sel, column).map((c) => c.count))).toBe(sel.length)
      }),
      { numRuns: 30 },
    )
  })

  it('months, and context stacks within each month, add up', () => {
    fc.assert(
      fc.property(arbSelection, (sel) => {
        const series = countByMonth(data, sel, { stackBy: 'context' })
        expect(sum(series.total)).toBe(sel.length)
        series.total.forEach((t, m) => expect(sum(series.stacks!.map((s) => s.counts[m]!))).toBe(t))
        expect(series.months).toHaveLength(series.monthNumbers.length)
      }),
      { numRuns: 30 },
    )
  })

  it('victims by outcome × sex add up to victims by outcome, and the sexes to victims by sex where attributable', () => {
    fc.assert(
      fc.property(arbSelection, (sel) => {
        const cross = victimsByOutcomeAndSex(data, sel)
        const outcomes = victimsByOutcome(data, sel)
        for (const o of OUTCOME_FIELDS) expect(sum(Object.values(cross[o]))).toBe(outcomes[o])
        const bySex = victimsBySex(data, sel)
        for (const s of bySex) {
          const crossed = sum(OUTCOME_FIELDS.map((o) => cross[o][s.value as 'male']))
          if (s.value !== 'not-reported') expect(crossed).toBeLessThanOrEqual(s.count)
        }
      }),
      { numRuns: 30 },
    )
  })
})

describe('aggregations equal a brute-force recount over plain objects (property)', () => {
  it('by category, month, victims and perpetrators', () => {
    fc.assert(
      fc.property(arbSelection, (sel) => {
        const picked = [...sel].map((r) => rows[r]!)
        const tally = (key: (x: (typeof picked)[number]) => string | null) => {
          const m = new Map<string, number>()
          for (const x of picked) {
            const k = key(x)
            if (k !== null) m.set(k, (m.get(k) ?? 0) + 1)
          }
          return m
        }
        for (const column of CATEGORY_COLUMNS) {
          const want = tally((x) => x[column])
          for (const c of countBy(data, sel, column)) expect(c.count).toBe(want.get(c.value) ?? 0)
        }
        const byMonth = tally((x) => x.date.slice(0, 7))
        const series = countByMonth(data, sel)
        series.months.forEach((m, i) => expect(series.total[i]).toBe(byMonth.get(m) ?? 0))
        const outcomes = victimsByOutcome(data, sel)
        for (const o of OUTCOME_FIELDS) expect(outcomes[o]).toBe(sum(picked.map((x) => x.victims[o])))
        for (const s of perpetratorsBySex(data, sel)) expect(s.count).toBe(sum(picked.map((x) => x.perpetrators[SEX_FIELDS[s.value as keyof typeof SEX_FIELDS]])))
        for (const a of victimsByAge(data, sel)) expect(a.count).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 40 },
    )
  })

  it('rates per 100,000 inhabitants use the jurisdiction populations', () => {
    const rates = ratesPer100k(data, all, { days: 365 })
    expect(rates.map((r) => r.jurisdiction)).toEqual(AVMP_JURISDICTIONS.map((j) => j.value))
    for (const r of rates) {
      const j = AVMP_JURISDICTIONS.find((x) => x.value === r.jurisdiction)!
      expect(r.count).toBe(rows.filter((x) => x.jurisdiction === r.jurisdiction).length)
      expect(r.rate).toBeCloseTo((r.count / j.population) * 100_000, 9)
      expect(r.annualRate).toBeCloseTo(r.rate * (365.25 / 365), 9)
    }
  })
})

// A hand-made year and a bit: the numbers below are counted by hand.
function fixture(): AvmpSourceIncident[] {
  const [template] = testIncidents(1, 1)
  let id = 0
  const make = (date: string, jurisdiction: AvmpSourceIncident['jurisdiction'], context: AvmpSourceIncident['context'], killed = 0, injured = 0): AvmpSourceIncident => ({
    ...template!,
    id: ++id,
    externalId: `FX-${id}`,
    date: `${date}T12:00:00.000Z`,
    jurisdiction,
    place: jurisdiction === 'serbia' ? 'Niš' : 'Tirana',
    latitude: jurisdiction === 'serbia' ? 43.32 : 41.33,
    longitude: jurisdiction === 'serbia' ? 21.9 : 19.82,
    context,
    subcontext: null,
    victims: { killed, injured, threatened: 0, suicide: 0, male: killed + injured },
    perpetrators: { male: 1 },
    seizure: {},
    largeSeizure: false,
  })
  const out: AvmpSourceIncident[] = []
  // September 2023 (same month last year): 2 in Serbia.
  out.push(make('2023-09-10', 'serbia', 'criminal'), make('2023-09-11', 'serbia', 'criminal'))
  // October 2023 – August 2024: 4 a month (3 Serbia, 1 Albania) → usual level 4 in total... except
  // September 2023 (2) is in the window as well: months Sep 2023 – Aug 2024 → (2 + 11 × 4) / 12 = 3.8333.
  for (let m = 10; m <= 20; m++) {
    const y = m <= 12 ? 2023 : 2024
    const mm = String(m <= 12 ? m : m - 12).padStart(2, '0')
    out.push(make(`${y}-${mm}-05`, 'serbia', 'public-dispute'), make(`${y}-${mm}-06`, 'serbia', 'criminal'), make(`${y}-${mm}-07`, 'serbia', 'weapon-seizure'), make(`${y}-${mm}-08`, 'albania', 'criminal'))
  }
  // September 2024: 6 (5 Serbia: 3 domestic violence with 2 killed and 1 injured; 1 Albania).
  out.push(
    make('2024-09-01', 'serbia', 'domestic-violence', 1),
    make('2024-09-02', 'serbia', 'domestic-violence', 1),
    make('2024-09-03', 'serbia', 'domestic-violence', 0, 1),
    make('2024-09-04', 'serbia', 'criminal'),
    make('2024-09-30', 'serbia', 'public-dispute'),
    make('2024-09-15', 'albania', 'criminal'),
  )
  // October 2024: outside the window, must not count.
  out.push(make('2024-10-01', 'serbia', 'domestic-violence', 3))
  return out
}

describe('monthAtAGlance on a hand-made fixture', () => {
  const fx = decodeIncidents(encodeIncidents(fixture()))

  it('September 2024, all jurisdictions', () => {
    const g = monthAtAGlance(fx, { year: 2024, month: 9 })
    expect(g.count).toBe(6)
    expect(g.victims).toEqual({ killed: 2, injured: 1, threatened: 0, suicide: 0 })
    expect(g.topContexts.map((c) => [c.value, c.count])).toEqual([['domestic-violence', 3], ['criminal', 2], ['public-dispute', 1]])
    expect(g.topJurisdictions.map((c) => [c.value, c.count])).toEqual([['serbia', 5], ['albania', 1]])
    expect(g.previousMonth).toEqual({ count: 4, change: 2, changePct: 50 })
    expect(g.sameMonthLastYear).toEqual({ count: 2, change: 4, changePct: 200 })
    expect(g.usual.months).toBe(12)
    expect(g.usual.mean).toBeCloseTo(46 / 12, 9)
    expect(g.usual.deviationPct).toBeCloseTo(((6 - 46 / 12) / (46 / 12)) * 100, 9)
    expect(g.usual.flag).toBe('above')
  })

  it('per jurisdiction too', () => {
    const g = monthAtAGlance(fx, { year: 2024, month: 9 })
    const serbia = g.byJurisdiction.find((j) => j.jurisdiction === 'serbia')!
    const albania = g.byJurisdiction.find((j) => j.jurisdiction === 'albania')!
    expect(serbia).toMatchObject({ count: 5, previousMonth: { count: 3 }, sameMonthLastYear: { count: 2 }, usual: { months: 12, flag: 'above' } })
    expect(serbia.usual.mean).toBeCloseTo(35 / 12, 9)
    expect(albania).toMatchObject({ count: 1, previousMonth: { count: 1, change: 0, changePct: 0 }, sameMonthLastYear: { count: 0, changePct: null }, usual: { flag: null } })
    expect(albania.usual.mean).toBeCloseTo(11 / 12, 9)
    expect(g.byJurisdiction.find((j) => j.jurisdiction === 'moldova')).toMatchObject({ count: 0, usual: { mean: 0, flag: null } })
  })

  it('for one jurisdiction and context, as in /avmp/?year=2024&month=9&jurisdiction=serbia&context=domestic-violence', () => {
    const g = monthAtAGlance(fx, { year: 2024, month: 9, jurisdiction: 'serbia', context: 'domestic-violence' })
    expect(g).toMatchObject({ count: 3, victims: { killed: 2, injured: 1 }, previousMonth: { count: 0, changePct: null }, usual: { mean: 0, months: 12, deviationPct: null, flag: 'above' } })
  })

  it('a month within a year of the first data averages only the months since (unknown is not zero)', () => {
    const g = monthAtAGlance(fx, { year: 2023, month: 11 })
    expect(g.usual).toMatchObject({ months: 2, mean: 3 })
    expect(monthAtAGlance(fx, { year: 2023, month: 9 }).usual).toEqual({ mean: null, months: 0, deviationPct: null, flag: null })
  })

  it('a usual month is not flagged', () => {
    expect(monthAtAGlance(fx, { year: 2024, month: 8 }).usual.flag).toBeNull()
  })
})

describe('small-cell protection', () => {
  it.each([
    { view: { breakdown: 'sex' as const, places: 1, months: 1 }, protect: true },
    { view: { breakdown: 'age' as const, places: 1, months: 1 }, protect: true },
    { view: { breakdown: 'age' as const, places: 2, months: 1 }, protect: false },
    { view: { breakdown: 'sex' as const, places: 1, months: 12 }, protect: false },
    { view: { breakdown: 'other' as const, places: 1, months: 1 }, protect: false },
  ])('$view → $protect', ({ view, protect }) => {
    expect(needsSmallCellProtection(view)).toBe(protect)
  })
  it.each([
    [0, true, '< 3'],
    [2, true, '< 3'],
    [3, true, '3'],
    [2, false, '2'],
  ] as const)('shows %i (protected: %s) as "%s"', (n, protect, shown) => {
    expect(formatProtectedCount(n, protect)).toBe(shown)
  })
  it('measures the places and months a view spans (up to 2), as a brute-force count does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: data.length - 1 }), { maxLength: 6 }), (picked) => {
        const sel = Uint32Array.from(picked.sort((a, b) => a - b))
        const places = Math.min(2, new Set(Array.from(sel, (r) => data.place[r])).size)
        const months = Math.min(2, new Set(Array.from(sel, (r) => data.month[r])).size)
        expect(viewExtent(data, sel)).toEqual({ places, months })
      }),
    )
    // Rows of one place in one month: a protected view.
    const r0 = all[0]!
    const same = all.filter((r) => data.place[r] === data.place[r0] && data.month[r] === data.month[r0])
    expect(viewExtent(data, same)).toEqual({ places: 1, months: 1 })
  })
})
