import { fold } from '../text'
import { FACET_KEYS, facetValues, type FacetKey, type FacetSource } from './facetValues'

/** A filtered view: at most one value per dimension, plus free text. */
export type PublicationFilters = Partial<Record<FacetKey, string>> & { q?: string }

/** Longest free-text query kept from a URL: enough for any title, short enough to stay cheap. */
export const MAX_QUERY_LENGTH = 200

/** Lower case, no diacritics, Cyrillic in Latin (see `fold`): "Đakovica", "dakovica" and "Ђаковица" match alike. */
export const normaliseText = fold

/** The words of a query, normalised; punctuation separates words. */
export function queryWords(q: string | undefined): string[] {
  return q ? normaliseText(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : []
}

/**
 * Read filters from a query string. Values not in `allowed` (when given for a dimension) and empty
 * values are dropped, so a stale or hand-edited link still shows something sensible.
 * @example parseFilters('?type=study&q=gender') // { type: 'study', q: 'gender' }
 */
export function parseFilters(
  search: string | URLSearchParams,
  allowed: Partial<Record<FacetKey, readonly string[]>> = {},
): PublicationFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const filters: PublicationFilters = {}
  for (const key of FACET_KEYS) {
    const value = params.get(key)?.trim()
    if (value && (allowed[key]?.includes(value) ?? true)) filters[key] = value
  }
  const q = params.get('q')?.trim().slice(0, MAX_QUERY_LENGTH)
  if (q) filters.q = q
  return filters
}

/** The query string of a view, dimensions in a fixed order; '' when nothing is filtered. */
export function filtersToQuery(filters: PublicationFilters): string {
  const params = new URLSearchParams()
  for (const key of [...FACET_KEYS, 'q'] as const) {
    const value = filters[key]?.trim()
    if (value) params.set(key, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** Whether any dimension or text is set. */
export function hasFilters(filters: PublicationFilters): boolean {
  return filtersToQuery(filters) !== ''
}

export interface Searchable extends FacetSource {
  readonly title: string
  readonly summary?: string | null
}

/** Does a publication match every set dimension and contain every word of the text (title or summary)? */
export function matchesFilters(item: Searchable, filters: PublicationFilters): boolean {
  const values = facetValues(item)
  for (const key of FACET_KEYS) {
    const wanted = filters[key]
    if (wanted && !values[key].includes(wanted)) return false
  }
  const words = queryWords(filters.q)
  if (words.length === 0) return true
  const text = normaliseText(`${item.title} ${item.summary ?? ''}`)
  return words.every((w) => text.includes(w))
}

/** The publications matching a view, in the order given. */
export function filterPublications<T extends Searchable>(items: readonly T[], filters: PublicationFilters): T[] {
  return items.filter((item) => matchesFilters(item, filters))
}

/** "3 publications", "1 publication", "No publications" — for the live result count. */
export function countText(count: number, total?: number): string {
  const noun = count === 1 ? 'publication' : 'publications'
  const shown = count === 0 ? `No ${noun}` : `${count.toLocaleString('en-GB')} ${noun}`
  return total === undefined || count === total ? shown : `${shown} of ${total.toLocaleString('en-GB')}`
}
