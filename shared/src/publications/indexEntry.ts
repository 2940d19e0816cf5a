import { publicationLanguages, type FacetSource } from './facetValues'

/** A cover thumbnail already rendered at build time. */
export interface IndexCover {
  readonly src: string
  readonly width: number
  readonly height: number
}

/**
 * One publication in the compact list the in-page filter loads (`/publications/index.json`):
 * what a card shows and what the filters read, nothing more (no body, no files).
 */
export interface PublicationIndexEntry {
  /** Site path of the publication's page. */
  readonly url: string
  readonly title: string
  readonly summary: string
  /** YYYY-MM-DD */
  readonly date: string
  readonly type: string
  readonly theme: string
  readonly jurisdictions: string[]
  readonly languages: string[]
  readonly cover?: IndexCover
}

export interface IndexSource extends FacetSource {
  readonly title: string
  readonly summary?: string | null
}

/** The index entry of a publication; `url` and the cover come from the site, which knows its routes and images. */
export function toIndexEntry(p: IndexSource, url: string, cover?: IndexCover | null): PublicationIndexEntry {
  return {
    url,
    title: p.title,
    summary: p.summary ?? '',
    date: p.date.slice(0, 10),
    type: p.type,
    theme: p.theme,
    jurisdictions: [...new Set(p.jurisdictions ?? [])],
    languages: publicationLanguages(p),
    ...(cover ? { cover: { src: cover.src, width: cover.width, height: cover.height } } : {}),
  }
}
