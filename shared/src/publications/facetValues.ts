/**
 * The dimensions publications are filtered by, and how a publication's values are read. The key is
 * at once the query parameter (`?type=study`) and the path segment of the static filter page
 * (`/publications/type/study/`). No vocabularies here: the in-page filter script bundles this file.
 */
export const FACET_KEYS = ['theme', 'type', 'jurisdiction', 'year', 'language'] as const

export type FacetKey = (typeof FACET_KEYS)[number]

/** What the facets are read from: a CMS publication or an entry of the search index. */
export interface FacetSource {
  readonly date: string
  readonly type: string
  readonly theme: string
  readonly jurisdictions?: readonly string[] | null
  readonly languages?: readonly string[] | null
  /** Each file names its language; a file in a language missing from `languages` still counts. */
  readonly files?: readonly { readonly language: string }[] | null
}

export type FacetValues = Record<FacetKey, readonly string[]>

/** Languages a publication is available in: the declared ones plus those of its files, no repeats. */
export function publicationLanguages(p: Pick<FacetSource, 'languages' | 'files'>): string[] {
  return [...new Set([...(p.languages ?? []), ...(p.files ?? []).map((f) => f.language)])]
}

/** Every value a publication has in each dimension. */
export function facetValues(p: FacetSource): FacetValues {
  return {
    theme: [p.theme],
    type: [p.type],
    jurisdiction: [...new Set(p.jurisdictions ?? [])],
    year: [p.date.slice(0, 4)],
    language: publicationLanguages(p),
  }
}
