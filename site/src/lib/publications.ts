/**
 * Routes and build-time data of the publication pages: which listing pages exist, and the images
 * they show. The filtering rules themselves are pure functions in `@clearinghouse/shared/publications`.
 */
import { getImage } from 'astro:assets'

import {
  facetGroups,
  paginate,
  publicationLanguages,
  type FacetKey,
  type IndexCover,
  type Page,
} from '@clearinghouse/shared/publications'
import { JURISDICTIONS, PUBLICATION_THEMES, PUBLICATION_TYPES, labelOf, languageTag } from '@clearinghouse/shared/vocab'

import type { PublicationItem } from './cms/fields'
import { getMedia, getPublications, type MediaEntry } from './content'
import { absoluteUrl, formatBytes } from './seo'

export const PUBLICATIONS_PATH = '/publications/'

/** The slug in the URL; the CMS always sets one, the ID is a fallback that keeps the page reachable. */
export const publicationSlug = (p: Pick<PublicationItem, 'slug' | 'id'>): string => p.slug || String(p.id)

export const publicationPath = (p: Pick<PublicationItem, 'slug' | 'id'>): string => `${PUBLICATIONS_PATH}${publicationSlug(p)}/`

/** First page of the static filter page for one value of one dimension. */
export const facetPath = (key: FacetKey, value: string): string => `${PUBLICATIONS_PATH}${key}/${encodeURIComponent(value)}/`

export interface Listing {
  /** Path of the listing's first page. */
  base: string
  /** Absent on the index of all publications. */
  facet?: { key: FacetKey; value: string }
  page: Page<PublicationItem>
}

/** Every page of every publication listing: the index and one listing per dimension and value. */
export async function getListings(): Promise<Listing[]> {
  const all = await getPublications()
  const lists: (Omit<Listing, 'page'> & { items: PublicationItem[] })[] = [
    { base: PUBLICATIONS_PATH, items: all },
    ...facetGroups(all).map((g) => ({ base: facetPath(g.key, g.value), facet: { key: g.key, value: g.value }, items: g.items })),
  ]
  return lists.flatMap(({ items, ...list }) => paginate(items).map((page) => ({ ...list, page })))
}

/** Cover thumbnail width: cards show covers 6rem wide at most, so this covers 2× screens. */
export const THUMBNAIL_WIDTH = 192

/** A small WebP of a cover, for cards drawn in the browser from the JSON list. */
export async function coverThumbnail(media: MediaEntry | null): Promise<IndexCover | null> {
  if (!media?.image) return null
  const image = await getImage({ src: media.image, width: Math.min(THUMBNAIL_WIDTH, media.image.width), format: 'webp' })
  return { src: image.src, width: Number(image.attributes.width), height: Number(image.attributes.height) }
}

/** A JPEG of the cover for link previews (Open Graph), up to 1200 px wide, as an absolute URL. */
export async function coverSocialImage(media: MediaEntry | null): Promise<string | undefined> {
  if (!media?.image) return undefined
  const image = await getImage({ src: media.image, width: Math.min(1200, media.image.width), format: 'jpeg' })
  return absoluteUrl(image.src)
}

export interface PublicationFile {
  language: string
  label: string
  media: MediaEntry & { href: string }
}

/** The downloadable files of a publication, with their media documents; missing files are left out. */
export async function publicationFiles(pub: PublicationItem): Promise<PublicationFile[]> {
  const files = await Promise.all(
    pub.files.map(async (f): Promise<PublicationFile | null> => {
      const media = await getMedia(f.file)
      return media?.href ? { language: f.language, label: f.label ?? '', media: { ...media, href: media.href } } : null
    }),
  )
  return files.filter((f): f is PublicationFile => f !== null)
}

interface ReportJsonLdInput {
  pub: PublicationItem
  files: PublicationFile[]
  organisation: string
  imageUrl?: string
}

/** schema.org `Report` for a publication page: what search engines and citation tools read. */
export function reportJsonLd({ pub, files, organisation, imageUrl }: ReportJsonLdInput): Record<string, unknown> {
  const org = { '@type': 'Organization', name: organisation, url: absoluteUrl('/') }
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: pub.title,
    headline: pub.title,
    description: pub.summary,
    url: absoluteUrl(publicationPath(pub)),
    datePublished: pub.date.slice(0, 10),
    dateModified: pub.updatedAt,
    author: org,
    publisher: org,
    genre: labelOf(PUBLICATION_TYPES, pub.type),
    inLanguage: publicationLanguages(pub).map((l) => languageTag(l)),
    about: [
      { '@type': 'Thing', name: labelOf(PUBLICATION_THEMES, pub.theme) },
      ...(pub.jurisdictions ?? []).map((j) => ({ '@type': 'Place', name: labelOf(JURISDICTIONS, j) })),
    ],
    ...(imageUrl ? { image: imageUrl } : {}),
    encoding: files.map((f) => ({
      '@type': 'MediaObject',
      name: f.label || f.media.filename,
      contentUrl: absoluteUrl(f.media.href),
      encodingFormat: f.media.mimeType,
      ...(f.media.filesize ? { contentSize: formatBytes(f.media.filesize) } : {}),
      inLanguage: languageTag(f.language),
    })),
  }
}
