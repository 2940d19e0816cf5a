import { facetValues, type FacetKey, type FacetSource } from './facetValues'
import { JURISDICTIONS, LANGUAGES, PUBLICATION_THEMES, PUBLICATION_TYPES, labelOf, type Term } from '../vocab'

export interface Facet {
  readonly key: FacetKey
  readonly label: string
  /** The vocabulary giving labels and order; years have none (newest first). */
  readonly terms?: readonly Term[]
}

export const PUBLICATION_FACETS: readonly Facet[] = [
  { key: 'theme', label: 'Theme', terms: PUBLICATION_THEMES },
  { key: 'type', label: 'Type', terms: PUBLICATION_TYPES },
  { key: 'jurisdiction', label: 'Jurisdiction', terms: JURISDICTIONS },
  { key: 'year', label: 'Year' },
  { key: 'language', label: 'Language', terms: LANGUAGES },
]

export function facetByKey(key: FacetKey): Facet {
  const facet = PUBLICATION_FACETS.find((f) => f.key === key)
  if (!facet) throw new Error(`Unknown publication facet "${key}"`)
  return facet
}

/** The label people read for a value of a dimension ("policy-brief" → "Policy brief"). */
export function facetValueLabel(key: FacetKey, value: string): string {
  const { terms } = facetByKey(key)
  return terms ? labelOf(terms, value) : value
}

export interface FacetOption {
  readonly value: string
  readonly label: string
  readonly count: number
}

/**
 * The values of one dimension that at least one publication has, with counts, in vocabulary
 * order (years newest first). Values outside the vocabulary come last, alphabetically.
 */
export function facetOptions(items: readonly FacetSource[], key: FacetKey): FacetOption[] {
  const counts = new Map<string, number>()
  for (const item of items) for (const v of facetValues(item)[key]) counts.set(v, (counts.get(v) ?? 0) + 1)
  const { terms } = facetByKey(key)
  const order = (v: string) => {
    const i = terms ? terms.findIndex((t) => t.value === v) : -1
    return i === -1 ? Number.MAX_SAFE_INTEGER : i
  }
  return [...counts]
    .map(([value, count]) => ({ value, count, label: facetValueLabel(key, value) }))
    .sort((a, b) => (terms ? order(a.value) - order(b.value) || a.value.localeCompare(b.value) : b.value.localeCompare(a.value)))
}

export interface FacetGroup<T> {
  readonly key: FacetKey
  readonly value: string
  readonly label: string
  /** The publications with this value, in the order given. */
  readonly items: T[]
}

/** One group per dimension and value that has publications: the static filter pages. */
export function facetGroups<T extends FacetSource>(items: readonly T[]): FacetGroup<T>[] {
  return PUBLICATION_FACETS.flatMap(({ key }) =>
    facetOptions(items, key).map(({ value, label }) => ({
      key,
      value,
      label,
      items: items.filter((item) => facetValues(item)[key].includes(value)),
    })),
  )
}

/** The heading of a filter page: "SALW control publications", "Publications from 2025"… */
export function facetHeading(key: FacetKey, value: string): string {
  const label = facetValueLabel(key, value)
  switch (key) {
    case 'theme':
      return `${label} publications`
    case 'type':
      return `Publications: ${label}`
    case 'jurisdiction':
      return `Publications covering ${label}`
    case 'year':
      return `Publications from ${label}`
    case 'language':
      return `Publications in ${label}`
  }
}
