/**
 * The monitor's filters: one typed state shared by the map, the charts and the list, kept in the
 * URL so every filtered view is a permalink. `applyFilter` runs straight over the decoded typed
 * arrays (no row objects), using the date-sorted day column to visit only the rows in the range.
 *
 * Within one filter the chosen values are alternatives (Serbia OR Albania); different filters
 * must all hold (Serbia AND handgun).
 */
import { AGE_FIELDS, SEX_FIELDS } from '../incidents/breakdown'
import { AGE_GROUPS, INCIDENT_CONTEXTS, POSSESSION, SETTINGS, SEXES, VICTIM_OUTCOMES, WEAPON_TYPES } from '../vocab/incidents'
import { JURISDICTIONS } from '../vocab/jurisdictions'
import type { Term, ValueOf } from '../vocab/term'
import { codeOf, type AvmpData, type CategoryColumn, type CountColumn } from './codec'
import type { AvmpDetails } from './details'
import { dayOfIso, EPOCH_YEAR, firstDayOfMonth, isoOfDay, lowerBound, MAX_DAY, monthNumber, monthOfDay } from './days'
import { foldText, queryTerms } from './text'

export interface AvmpFilter {
  /** First day (day number, inclusive), or null for no lower bound. */
  from: number | null
  /** Last day (day number, inclusive), or null for no upper bound. */
  to: number | null
  jurisdictions: ValueOf<typeof JURISDICTIONS>[]
  contexts: ValueOf<typeof INCIDENT_CONTEXTS>[]
  weaponTypes: ValueOf<typeof WEAPON_TYPES>[]
  possession: ValueOf<typeof POSSESSION>[]
  /** The incident has at least one victim with one of these outcomes. */
  outcomes: ValueOf<typeof VICTIM_OUTCOMES>[]
  /** The incident has at least one victim of one of these sexes. */
  victimSex: ValueOf<typeof SEXES>[]
  victimAge: ValueOf<typeof AGE_GROUPS>[]
  perpetratorSex: ValueOf<typeof SEXES>[]
  settings: ValueOf<typeof SETTINGS>[]
  /** Free text over place and (when loaded) description; whitespace-collapsed. */
  q: string
}

type ListKey = Exclude<keyof AvmpFilter, 'from' | 'to' | 'q'>

/**
 * The list filters in URL order: state key, query parameter and the vocabulary that gives their
 * values and labels (UIs build their controls from this table).
 */
export const FILTER_PARAMS = [
  { key: 'jurisdictions', param: 'jurisdiction', terms: JURISDICTIONS },
  { key: 'contexts', param: 'context', terms: INCIDENT_CONTEXTS },
  { key: 'weaponTypes', param: 'weapon', terms: WEAPON_TYPES },
  { key: 'possession', param: 'possession', terms: POSSESSION },
  { key: 'outcomes', param: 'outcome', terms: VICTIM_OUTCOMES },
  { key: 'victimSex', param: 'victimSex', terms: SEXES },
  { key: 'victimAge', param: 'victimAge', terms: AGE_GROUPS },
  { key: 'perpetratorSex', param: 'perpetratorSex', terms: SEXES },
  { key: 'settings', param: 'setting', terms: SETTINGS },
] as const satisfies readonly { key: ListKey; param: string; terms: readonly Term[] }[]

/** Longest text query kept from a URL. */
export const MAX_QUERY_LENGTH = 200

/** The filter that matches everything. */
export function emptyFilter(): AvmpFilter {
  return { from: null, to: null, jurisdictions: [], contexts: [], weaponTypes: [], possession: [], outcomes: [], victimSex: [], victimAge: [], perpetratorSex: [], settings: [], q: '' }
}

const validDay = (d: number | null): d is number => d !== null && Number.isInteger(d) && d >= 0 && d <= MAX_DAY

/** Keeps known values only, once each, in vocabulary order. */
function canonicalList<T extends readonly Term[]>(terms: T, values: readonly string[]): ValueOf<T>[] {
  const chosen = new Set(values)
  return terms.filter((t) => chosen.has(t.value)).map((t) => t.value as ValueOf<T>)
}

const cleanQuery = (q: string): string => q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim()

/** The canonical form of a state: known values in vocabulary order, a valid date range, a tidy query. */
export function normalizeFilter(state: AvmpFilter): AvmpFilter {
  const out = emptyFilter()
  let from = validDay(state.from) ? state.from : null
  let to = validDay(state.to) ? state.to : null
  if (from !== null && to !== null && from > to) from = to = null
  out.from = from
  out.to = to
  for (const { key, terms } of FILTER_PARAMS) (out[key] as string[]) = canonicalList(terms, state[key])
  out.q = cleanQuery(state.q)
  return out
}

/** Day range of a calendar year, or of one month of it. */
export function periodDays(year: number, month?: number): { from: number; to: number } {
  if (month === undefined) return { from: firstDayOfMonth(monthNumber(year, 1)), to: firstDayOfMonth(monthNumber(year + 1, 1)) - 1 }
  const m = monthNumber(year, month)
  return { from: firstDayOfMonth(m), to: firstDayOfMonth(m + 1) - 1 }
}

// The last year whose every day a Uint16 day column can hold.
const MAX_YEAR = EPOCH_YEAR + Math.floor(MAX_DAY / 366) - 1

/**
 * Reads a filter from URL parameters, ignoring unknown parameters and invalid values.
 * Dates: `year=2024` (and `month=9` with it) as a shortcut, `from`/`to` as `YYYY-MM-DD`; an explicit
 * `from` or `to` overrides that end of the shortcut. Lists: repeated (`context=a&context=b`) or
 * comma-separated parameters.
 * @example parseFilterQuery(new URLSearchParams('year=2024&month=9&jurisdiction=serbia'))
 */
export function parseFilterQuery(params: URLSearchParams): AvmpFilter {
  const state = emptyFilter()
  const yearText = params.get('year') ?? ''
  const monthText = params.get('month') ?? ''
  if (/^\d{4}$/.test(yearText) && Number(yearText) >= EPOCH_YEAR && Number(yearText) <= MAX_YEAR) {
    const year = Number(yearText)
    const month = /^\d{1,2}$/.test(monthText) && Number(monthText) >= 1 && Number(monthText) <= 12 ? Number(monthText) : undefined
    const period = periodDays(year, month)
    state.from = period.from
    state.to = Math.min(period.to, MAX_DAY)
  }
  const from = dayOfIso(params.get('from') ?? '')
  const to = dayOfIso(params.get('to') ?? '')
  if (validDay(from)) state.from = from
  if (validDay(to)) state.to = to
  for (const { key, param } of FILTER_PARAMS) {
    ;(state[key] as string[]) = params.getAll(param).flatMap((v) => v.split(','))
  }
  state.q = params.get('q') ?? ''
  return normalizeFilter(state)
}

/**
 * Writes a filter as URL parameters in one canonical order (year, month | from, to; the lists in
 * FILTER_PARAMS order with values in vocabulary order; q), so one view has exactly one URL.
 * A range that is exactly a calendar month or year is written as the shortcut.
 */
export function filterToQuery(state: AvmpFilter): URLSearchParams {
  const s = normalizeFilter(state)
  const params = new URLSearchParams()
  if (s.from !== null && s.to !== null && isoOfDay(s.from).endsWith('-01')) {
    const m = monthOfDay(s.from)
    const year = Number(isoOfDay(s.from).slice(0, 4))
    const month = Number(isoOfDay(s.from).slice(5, 7))
    if (s.to === firstDayOfMonth(m + 1) - 1) {
      params.set('year', String(year))
      params.set('month', String(month))
    } else if (month === 1 && s.to === periodDays(year).to) {
      params.set('year', String(year))
    }
  }
  if (!params.has('year')) {
    if (s.from !== null) params.set('from', isoOfDay(s.from))
    if (s.to !== null) params.set('to', isoOfDay(s.to))
  }
  for (const { key, param } of FILTER_PARAMS) for (const v of s[key]) params.append(param, v)
  if (s.q) params.set('q', s.q)
  return params
}

/** Whether a state filters anything at all. */
export function isEmptyFilter(state: AvmpFilter): boolean {
  return filterToQuery(state).toString() === ''
}

function codeMask(data: AvmpData, column: CategoryColumn, values: readonly string[]): Uint8Array | null {
  if (values.length === 0) return null
  const mask = new Uint8Array(256)
  for (const v of values) {
    const code = codeOf(data, column, v)
    if (code >= 0) mask[code] = 1
  }
  return mask
}

const foldedPlaces = new WeakMap<AvmpData, string[]>()
const foldedDescriptions = new WeakMap<AvmpDetails, string[]>()

/** Folded descriptions of a details chunk, computed once per chunk. */
function descriptionsOf(details: AvmpDetails): string[] {
  let folded = foldedDescriptions.get(details)
  if (!folded) {
    folded = details.description.map(foldText)
    foldedDescriptions.set(details, folded)
  }
  return folded
}

/**
 * Row indexes (ascending) of the incidents that match `state`. Pass the loaded details to search
 * descriptions too; without them the text query searches place names only.
 */
export function applyFilter(data: AvmpData, state: AvmpFilter, details?: AvmpDetails): Uint32Array {
  const lo = state.from === null ? 0 : lowerBound(data.day, state.from)
  const hi = state.to === null ? data.length : lowerBound(data.day, state.to + 1)
  if (hi <= lo) return new Uint32Array(0)

  const jurisdiction = codeMask(data, 'jurisdiction', state.jurisdictions)
  const context = codeMask(data, 'context', state.contexts)
  const weapon = codeMask(data, 'weaponType', state.weaponTypes)
  const possession = codeMask(data, 'possession', state.possession)
  const setting = codeMask(data, 'setting', state.settings)
  const anyOf = (cols: CountColumn[]): CountColumn[] | null => (cols.length ? cols : null)
  const outcomes = anyOf(state.outcomes.map((o) => data.victims[o]))
  const victimSex = anyOf(state.victimSex.map((s) => data.victims[SEX_FIELDS[s]]))
  const victimAge = anyOf(state.victimAge.map((a) => data.victims[AGE_FIELDS[a]]))
  const perpetratorSex = anyOf(state.perpetratorSex.map((s) => data.perpetrators[SEX_FIELDS[s]]))

  const terms = queryTerms(state.q)
  let placeMatches: Uint8Array[] | null = null
  let descriptions: string[] | null = null
  const firstDetail = details?.firstRow ?? 0
  if (terms.length) {
    let places = foldedPlaces.get(data)
    if (!places) {
      places = data.places.map(foldText)
      foldedPlaces.set(data, places)
    }
    placeMatches = terms.map((t) => Uint8Array.from(places, (p) => (p.includes(t) ? 1 : 0)))
    descriptions = details ? descriptionsOf(details) : null
  }

  const out = new Uint32Array(hi - lo)
  let k = 0
  rows: for (let i = lo; i < hi; i++) {
    if (jurisdiction && !jurisdiction[data.jurisdiction[i]!]) continue
    if (context && !context[data.context[i]!]) continue
    if (weapon && !weapon[data.weaponType[i]!]) continue
    if (possession && !possession[data.possession[i]!]) continue
    if (setting && !setting[data.setting[i]!]) continue
    if (outcomes && !someNonZero(outcomes, i)) continue
    if (victimSex && !someNonZero(victimSex, i)) continue
    if (victimAge && !someNonZero(victimAge, i)) continue
    if (perpetratorSex && !someNonZero(perpetratorSex, i)) continue
    if (placeMatches) {
      const place = data.place[i]!
      const description = descriptions?.[i - firstDetail]
      for (let t = 0; t < terms.length; t++) {
        if (!placeMatches[t]![place] && !(description !== undefined && description.includes(terms[t]!))) continue rows
      }
    }
    out[k++] = i
  }
  return out.slice(0, k)
}

function someNonZero(columns: CountColumn[], row: number): boolean {
  for (let c = 0; c < columns.length; c++) if (columns[c]![row]! > 0) return true
  return false
}

/** Every row index: the selection of the empty filter. */
export function allRows(data: AvmpData): Uint32Array {
  const out = new Uint32Array(data.length)
  for (let i = 0; i < out.length; i++) out[i] = i
  return out
}
