import type { Law } from '../payload-types'
import { languageTag } from '../vocab/languageTag'

/**
 * The compendium search index, written at build time and loaded by the search page. Keys are short
 * because the file travels to phones on slow links; this interface is their documentation.
 */
export interface LawSearchIndex {
  /** Format version: bump it when the shape changes, so an old cached file is not misread. */
  v: 1
  acts: IndexedAct[]
}

export interface IndexedAct {
  /** slug (the page is /laws/<slug>/) */
  s: string
  /** English title */
  t: string
  /** title in the original language */
  o?: string
  /** BCP 47 tag of the original language */
  l?: string
  /** jurisdiction value */
  j: string
  /** kind value */
  k: string
  /** status value */
  st: string
  /** subject values */
  su: string[]
  /** EU instrument values */
  eu: string[]
  /** adoption date, YYYY-MM-DD */
  d: string
  /** official gazette reference */
  g?: string
  /** summary */
  m: string
  /** key provisions */
  p: IndexedProvision[]
}

export interface IndexedProvision {
  /** reference, e.g. "Article 12" */
  r: string
  /** heading */
  h?: string
  /** English text */
  e: string
  /** text in the original language */
  x?: string
}

export type IndexableLaw = Pick<
  Law,
  | 'title'
  | 'originalTitle'
  | 'originalLanguage'
  | 'jurisdiction'
  | 'kind'
  | 'status'
  | 'subjects'
  | 'euInstruments'
  | 'adoptedDate'
  | 'gazetteReference'
  | 'summary'
  | 'provisions'
  | 'slug'
>

/** Empty optional fields are left out rather than written as null. */
const opt = <K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>

/** The search index of the given acts (acts without a slug have no page and are left out). */
export function buildSearchIndex(laws: readonly IndexableLaw[]): LawSearchIndex {
  const acts = laws.flatMap((law): IndexedAct[] => {
    if (!law.slug) return []
    const sample = law.originalTitle || law.provisions?.find((p) => p.textOriginal)?.textOriginal || ''
    return [
      {
        s: law.slug,
        t: law.title,
        ...opt('o', law.originalTitle),
        ...(law.originalLanguage ? { l: languageTag(law.originalLanguage, sample) } : {}),
        j: law.jurisdiction,
        k: law.kind,
        st: law.status,
        su: [...law.subjects],
        eu: [...(law.euInstruments ?? [])],
        d: law.adoptedDate.slice(0, 10),
        ...opt('g', law.gazetteReference),
        m: law.summary,
        p: (law.provisions ?? []).map((p) => ({ r: p.reference, ...opt('h', p.heading), e: p.textEnglish, ...opt('x', p.textOriginal) })),
      },
    ]
  })
  return { v: 1, acts }
}

/** Narrowing check for a fetched index: the right version and an array of acts. */
export function isLawSearchIndex(value: unknown): value is LawSearchIndex {
  return typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1 && Array.isArray((value as { acts?: unknown }).acts)
}
