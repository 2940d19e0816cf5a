/**
 * Counts for the monitor's charts, tables and month-at-a-glance, computed over a selection of row
 * indexes (what `applyFilter` returns) straight from the typed arrays. Every function returns all
 * categories in vocabulary order, zeros included, so charts keep stable colours and the parts
 * always add up to the total.
 */
import { AGE_FIELDS, OUTCOME_FIELDS, SEX_FIELDS } from '../incidents/breakdown'
import { AGE_GROUPS, SEXES, VICTIM_OUTCOMES } from '../vocab/incidents'
import { JURISDICTIONS } from '../vocab/jurisdictions'
import { labelOf, type ValueOf } from '../vocab/term'
import { CATEGORY_VOCABULARIES, codeOf, NONE, type AvmpData, type CategoryColumn, type CountColumn } from './codec'
import { firstDayOfMonth, isoOfMonth, lowerBound, monthNumber } from './days'

export interface ValueCount {
  value: string
  label: string
  count: number
}

type Outcome = ValueOf<typeof VICTIM_OUTCOMES>
type Sex = ValueOf<typeof SEXES>

/** Incidents per value of a category column (in the file's vocabulary order). */
export function countBy(data: AvmpData, rows: Uint32Array, column: CategoryColumn): ValueCount[] {
  const values = data.vocab[column]
  const counts = new Uint32Array(values.length)
  const codes = data[column]
  for (let k = 0; k < rows.length; k++) {
    const code = codes[rows[k]!]!
    if (code !== NONE) counts[code]!++
  }
  return values.map((value, i) => ({ value, label: labelOf(CATEGORY_VOCABULARIES[column], value), count: counts[i]! }))
}

export const countByContext = (data: AvmpData, rows: Uint32Array): ValueCount[] => countBy(data, rows, 'context')
export const countByWeaponType = (data: AvmpData, rows: Uint32Array): ValueCount[] => countBy(data, rows, 'weaponType')
export const countByJurisdiction = (data: AvmpData, rows: Uint32Array): ValueCount[] => countBy(data, rows, 'jurisdiction')

export interface MonthSeries {
  /** `YYYY-MM` of every month from the first to the last, gaps included. */
  months: string[]
  /** Month numbers (months since January 2014) matching `months`. */
  monthNumbers: number[]
  total: number[]
  /** Per value of the stacking column, one count per month; the stacks add up to `total`. */
  stacks?: { value: string; label: string; counts: number[] }[]
}

/**
 * Incidents per month, optionally stacked by a category column (contexts for the main chart).
 * The months run from `range.from` (or the first selected month) to `range.to` (or the last).
 */
export function countByMonth(data: AvmpData, rows: Uint32Array, options: { stackBy?: CategoryColumn; range?: { from: number; to: number } } = {}): MonthSeries {
  const first = options.range?.from ?? (rows.length ? data.month[rows[0]!]! : 0)
  const last = options.range?.to ?? (rows.length ? data.month[rows[rows.length - 1]!]! : -1)
  const span = Math.max(0, last - first + 1)
  const total = new Array<number>(span).fill(0)
  const stackBy = options.stackBy
  const width = stackBy ? data.vocab[stackBy].length : 0
  const cells = new Uint32Array(span * width)
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!
    const m = data.month[r]! - first
    if (m < 0 || m >= span) continue
    total[m]!++
    if (stackBy) {
      const code = data[stackBy][r]!
      if (code !== NONE) cells[m * width + code]!++
    }
  }
  const monthNumbers = Array.from({ length: span }, (_, i) => first + i)
  const series: MonthSeries = { months: monthNumbers.map(isoOfMonth), monthNumbers, total }
  if (stackBy) {
    series.stacks = data.vocab[stackBy].map((value, code) => ({
      value,
      label: labelOf(CATEGORY_VOCABULARIES[stackBy], value),
      counts: monthNumbers.map((_, m) => cells[m * width + code]!),
    }))
  }
  return series
}

function sumColumn(column: CountColumn, rows: Uint32Array): number {
  let s = 0
  for (let k = 0; k < rows.length; k++) s += column[rows[k]!]!
  return s
}

/** Victims by outcome (killed, injured, threatened, suicide) over the selection. */
export function victimsByOutcome(data: AvmpData, rows: Uint32Array): Record<Outcome, number> {
  return Object.fromEntries(OUTCOME_FIELDS.map((o) => [o, sumColumn(data.victims[o], rows)])) as Record<Outcome, number>
}

/** Victims by sex, in SEXES order. */
export function victimsBySex(data: AvmpData, rows: Uint32Array): ValueCount[] {
  return SEXES.map((s) => ({ value: s.value, label: s.label, count: sumColumn(data.victims[SEX_FIELDS[s.value]], rows) }))
}

/** Victims by age group, in AGE_GROUPS order. */
export function victimsByAge(data: AvmpData, rows: Uint32Array): ValueCount[] {
  return AGE_GROUPS.map((a) => ({ value: a.value, label: a.label, count: sumColumn(data.victims[AGE_FIELDS[a.value]], rows) }))
}

/** Perpetrators by sex, in SEXES order. */
export function perpetratorsBySex(data: AvmpData, rows: Uint32Array): ValueCount[] {
  return SEXES.map((s) => ({ value: s.value, label: s.label, count: sumColumn(data.perpetrators[SEX_FIELDS[s.value]], rows) }))
}

/** Perpetrators by age group, in AGE_GROUPS order. */
export function perpetratorsByAge(data: AvmpData, rows: Uint32Array): ValueCount[] {
  return AGE_GROUPS.map((a) => ({ value: a.value, label: a.label, count: sumColumn(data.perpetrators[AGE_FIELDS[a.value]], rows) }))
}

/** A victim's sex, or "unattributed" where the record cannot tell (see `victimsByOutcomeAndSex`). */
export type SexOrUnattributed = Sex | 'unattributed'

/**
 * Victims by outcome × sex. Records give victims by outcome and by sex separately, so the cross
 * is exact only when an incident's victims share one outcome or one sex; victims of incidents
 * with several outcomes and several sexes are counted as "unattributed" rather than guessed.
 * Victims with no sex breakdown at all count as "not-reported". Each outcome's cells add up to
 * its total.
 */
export function victimsByOutcomeAndSex(data: AvmpData, rows: Uint32Array): Record<Outcome, Record<SexOrUnattributed, number>> {
  const sexes = SEXES.map((s) => s.value)
  const cells = Object.fromEntries(OUTCOME_FIELDS.map((o) => [o, { male: 0, female: 0, 'not-reported': 0, unattributed: 0 }])) as Record<Outcome, Record<SexOrUnattributed, number>>
  const outcomeCols = OUTCOME_FIELDS.map((o) => data.victims[o])
  const sexCols = sexes.map((s) => data.victims[SEX_FIELDS[s]])
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!
    let outcomesPresent = 0
    let lastOutcome = 0
    for (let o = 0; o < outcomeCols.length; o++) {
      if (outcomeCols[o]![r]! > 0) {
        outcomesPresent++
        lastOutcome = o
      }
    }
    if (outcomesPresent === 0) continue
    let sexesPresent = 0
    let lastSex = 0
    for (let s = 0; s < sexCols.length; s++) {
      if (sexCols[s]![r]! > 0) {
        sexesPresent++
        lastSex = s
      }
    }
    for (let o = 0; o < outcomeCols.length; o++) {
      const n = outcomeCols[o]![r]!
      if (n === 0) continue
      const cell = cells[OUTCOME_FIELDS[o]!]
      if (sexesPresent === 0) cell['not-reported'] += n
      else if (sexesPresent === 1) cell[sexes[lastSex]!] += n
      else if (outcomesPresent === 1 && o === lastOutcome) for (let s = 0; s < sexCols.length; s++) cell[sexes[s]!] += sexCols[s]![r]!
      else cell.unattributed += n
    }
  }
  return cells
}

export interface JurisdictionRate {
  jurisdiction: string
  label: string
  count: number
  population: number
  populationYear: number
  /** Incidents per 100,000 inhabitants over the selection. */
  rate: number
  /** The same per year, when the length of the period (days) is given. */
  annualRate: number | null
}

/**
 * Incidents per 100,000 inhabitants for each monitored jurisdiction (population from JURISDICTIONS).
 * Pass `days`, the length of the filtered period, to get yearly rates comparable across periods.
 */
export function ratesPer100k(data: AvmpData, rows: Uint32Array, options: { days?: number } = {}): JurisdictionRate[] {
  const counts = new Map(countByJurisdiction(data, rows).map((c) => [c.value, c.count]))
  return JURISDICTIONS.filter((j) => j.avmp).map((j) => {
    const count = counts.get(j.value) ?? 0
    const rate = (count * 100_000) / j.population
    return {
      jurisdiction: j.value,
      label: j.label,
      count,
      population: j.population,
      populationYear: j.populationYear,
      rate,
      annualRate: options.days && options.days > 0 ? (rate * 365.25) / options.days : null,
    }
  })
}

/** Above or below the usual level by more than this share (25%) is flagged. */
export const USUAL_LEVEL_TOLERANCE = 0.25

export interface Comparison {
  count: number
  /** This month minus that month. */
  change: number
  /** Change in percent of that month; null when that month had none. */
  changePct: number | null
}

export interface UsualLevel {
  /** Mean of the previous 12 months (only months since the data begins); null when there are none. */
  mean: number | null
  /** How many months the mean covers (12 once the data is a year old). */
  months: number
  /** Deviation from the mean in percent; null when the mean is 0 or unknown. */
  deviationPct: number | null
  /** Set when the month is more than 25% above or below the mean. */
  flag: 'above' | 'below' | null
}

export interface JurisdictionGlance {
  jurisdiction: string
  label: string
  count: number
  previousMonth: Comparison
  sameMonthLastYear: Comparison
  usual: UsualLevel
}

export interface MonthAtAGlance {
  year: number
  month: number
  jurisdiction: string | null
  context: string | null
  count: number
  victims: Record<Outcome, number>
  /** Largest first, zeros left out, at most `top`. */
  topContexts: ValueCount[]
  topJurisdictions: ValueCount[]
  previousMonth: Comparison
  sameMonthLastYear: Comparison
  usual: UsualLevel
  /** Every monitored jurisdiction (for the chosen context), whatever `jurisdiction` is. */
  byJurisdiction: JurisdictionGlance[]
}

function compare(count: number, other: number): Comparison {
  return { count: other, change: count - other, changePct: other > 0 ? ((count - other) * 100) / other : null }
}

function usualLevel(count: number, previous: readonly number[]): UsualLevel {
  if (previous.length === 0) return { mean: null, months: 0, deviationPct: null, flag: null }
  const mean = previous.reduce((s, c) => s + c, 0) / previous.length
  const deviationPct = mean > 0 ? ((count - mean) * 100) / mean : null
  const ratio = mean > 0 ? (count - mean) / mean : count > 0 ? Infinity : 0
  const flag = ratio > USUAL_LEVEL_TOLERANCE ? 'above' : ratio < -USUAL_LEVEL_TOLERANCE ? 'below' : null
  return { mean, months: previous.length, deviationPct, flag }
}

const top = (counts: ValueCount[], n: number): ValueCount[] =>
  counts
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.count > 0)
    .sort((a, b) => b.c.count - a.c.count || a.i - b.i)
    .slice(0, n)
    .map(({ c }) => c)

/**
 * The month at a glance for a year, month (1–12) and optionally one jurisdiction and one context:
 * counts, victims, top contexts and jurisdictions, the change against the previous month and the
 * same month a year before, and the usual level (mean of the 12 months before) with a flag when
 * the month is more than ±25% off it — overall and per jurisdiction. Months before the file's
 * first incident do not count towards the usual level (they are unknown, not zero).
 */
export function monthAtAGlance(
  data: AvmpData,
  query: { year: number; month: number; jurisdiction?: string | null; context?: string | null },
  options: { top?: number } = {},
): MonthAtAGlance {
  const target = monthNumber(query.year, query.month)
  const windowStart = target - 12
  const jurisdictionCode = query.jurisdiction ? codeOf(data, 'jurisdiction', query.jurisdiction) : null
  const contextCode = query.context ? codeOf(data, 'context', query.context) : null
  const J = data.vocab.jurisdiction.length
  // counts[(month - windowStart) * J + jurisdiction] for the 13 months up to the target.
  const counts = new Uint32Array(13 * J)
  const lo = lowerBound(data.day, firstDayOfMonth(windowStart))
  const hi = lowerBound(data.day, firstDayOfMonth(target + 1))
  const selected: number[] = []
  for (let r = lo; r < hi; r++) {
    if (contextCode !== null && data.context[r] !== contextCode) continue
    const m = data.month[r]! - windowStart
    counts[m * J + data.jurisdiction[r]!]!++
    if (m === 12 && (jurisdictionCode === null || data.jurisdiction[r] === jurisdictionCode)) selected.push(r)
  }
  const monthCount = (m: number, j: number | null): number => {
    if (j !== null) return j < 0 ? 0 : counts[(m - windowStart) * J + j]!
    let s = 0
    for (let x = 0; x < J; x++) s += counts[(m - windowStart) * J + x]!
    return s
  }
  const dataStart = data.length ? data.month[0]! : Infinity
  const previousMonths = Array.from({ length: 12 }, (_, i) => windowStart + i).filter((m) => m >= dataStart && m >= 0)
  const glance = (j: number | null): Omit<JurisdictionGlance, 'jurisdiction' | 'label'> => {
    const count = monthCount(target, j)
    return {
      count,
      previousMonth: compare(count, monthCount(target - 1, j)),
      sameMonthLastYear: compare(count, monthCount(target - 12, j)),
      usual: usualLevel(
        count,
        previousMonths.map((m) => monthCount(m, j)),
      ),
    }
  }
  const rows = Uint32Array.from(selected)
  const n = options.top ?? 3
  const overall = glance(jurisdictionCode)
  return {
    year: query.year,
    month: query.month,
    jurisdiction: query.jurisdiction ?? null,
    context: query.context ?? null,
    ...overall,
    victims: victimsByOutcome(data, rows),
    topContexts: top(countByContext(data, rows), n),
    topJurisdictions: top(countByJurisdiction(data, rows), n),
    byJurisdiction: JURISDICTIONS.filter((j) => j.avmp).map((j) => ({ jurisdiction: j.value, label: j.label, ...glance(codeOf(data, 'jurisdiction', j.value)) })),
  }
}

/** Counts below this are shown as "< 3" in small-cell views. */
export const SMALL_CELL_THRESHOLD = 3

/**
 * Whether a view needs small-cell protection: a breakdown by sex or age group for a single
 * municipality and a single month, where a count of 1 or 2 could identify a person.
 */
export function needsSmallCellProtection(view: { breakdown: 'sex' | 'age' | 'other'; places: number; months: number }): boolean {
  return view.breakdown !== 'other' && view.places === 1 && view.months === 1
}

/**
 * How many municipalities and months `rows` span, each counted up to 2 (all that small-cell
 * protection needs to know).
 */
export function viewExtent(data: AvmpData, rows: Uint32Array): { places: number; months: number } {
  if (rows.length === 0) return { places: 0, months: 0 }
  const place = data.place[rows[0]!]
  const month = data.month[rows[0]!]
  let places = 1
  let months = 1
  for (const r of rows) {
    if (places === 1 && data.place[r] !== place) places = 2
    if (months === 1 && data.month[r] !== month) months = 2
    if (places === 2 && months === 2) break
  }
  return { places, months }
}

/**
 * A count as displayed: "< 3" for 0–2 when the view is protected (zeros too, so a row of cells
 * cannot be subtracted from a published total), else the number.
 * @example formatProtectedCount(2, true) // '< 3'
 */
export function formatProtectedCount(count: number, protect: boolean, format: (n: number) => string = String): string {
  return protect && count < SMALL_CELL_THRESHOLD ? `< ${SMALL_CELL_THRESHOLD}` : format(count)
}
