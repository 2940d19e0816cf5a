import { EU_INSTRUMENTS, JURISDICTIONS, LAW_STATUSES, LAW_SUBJECTS } from '../vocab'
import type { Term } from '../vocab/term'

/** What the search page shows, as it is written in the URL query. Empty string = no filter. */
export interface LawSearchState {
  q: string
  jurisdiction: string
  subject: string
  status: string
  eu: string
}

/** Query parameters in the order they are written, with the vocabulary each facet takes. */
export const FACETS = {
  jurisdiction: JURISDICTIONS,
  subject: LAW_SUBJECTS,
  status: LAW_STATUSES,
  eu: EU_INSTRUMENTS,
} as const satisfies Record<Exclude<keyof LawSearchState, 'q'>, readonly Term[]>

export const EMPTY_SEARCH: LawSearchState = { q: '', jurisdiction: '', subject: '', status: '', eu: '' }

/** Longer queries are cut: the query string of a shared link should stay readable. */
export const MAX_QUERY_LENGTH = 200

type FacetKey = keyof typeof FACETS
const FACET_KEYS = Object.keys(FACETS) as FacetKey[]

/**
 * The search state from a URL query. Unknown facet values are dropped (an old or mistyped link
 * shows all acts, not none); the keyword is trimmed and its whitespace collapsed.
 */
export function parseSearchState(params: URLSearchParams): LawSearchState {
  const state: LawSearchState = { ...EMPTY_SEARCH }
  state.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  for (const key of FACET_KEYS) {
    const value = params.get(key) ?? ''
    state[key] = FACETS[key].some((t: Term) => t.value === value) ? value : ''
  }
  return state
}

/** The URL query for a state: empty fields left out, fixed order; '' for no filter at all. */
export function searchStateToQuery(state: LawSearchState): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  for (const key of FACET_KEYS) if (state[key]) params.set(key, state[key])
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** Whether the state asks for anything (a keyword or a filter). */
export function isEmptySearch(state: LawSearchState): boolean {
  return !state.q.trim() && FACET_KEYS.every((key) => !state[key])
}
