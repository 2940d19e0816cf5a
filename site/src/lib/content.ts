/**
 * Typed access to the content collections. The loaders store Payload's documents unchanged, so the
 * types come from `fields.ts` (Payload's generated types); this is the one place that says so.
 */
import type { ImageMetadata } from 'astro'
import { getCollection, getEntry, type CollectionKey } from 'astro:content'

import type {
  LawItem,
  MediaItem,
  NewsItem,
  PageItem,
  PartnerItem,
  ProcurementItem,
  PublicationItem,
  SiteSettings,
  TeamMemberItem,
  VacancyItem,
} from './cms/fields'
import { relationId } from './cms/fields'

export type MediaEntry = MediaItem & { image?: ImageMetadata; href?: string }

const all = async <T>(name: CollectionKey): Promise<T[]> =>
  (await getCollection(name)).map((entry) => entry.data as T)

const memo = <T>(fn: () => Promise<T>): (() => Promise<T>) => {
  let cached: Promise<T> | undefined
  return () => (cached ??= fn())
}

const byDateDesc = <T extends { date: string }>(items: T[]): T[] => [...items].sort((a, b) => b.date.localeCompare(a.date))

export const getNews = memo(async () => byDateDesc(await all<NewsItem>('news')))
export const getPublications = memo(async () => byDateDesc(await all<PublicationItem>('publications')))
export const getLaws = memo(() => all<LawItem>('laws'))
export const getPages = memo(() => all<PageItem>('pages'))
export const getTeam = memo(async () => (await all<TeamMemberItem>('team')).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)))
export const getPartners = memo(async () => (await all<PartnerItem>('partners')).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)))
export const getVacancies = memo(() => all<VacancyItem>('vacancies'))
export const getProcurement = memo(() => all<ProcurementItem>('procurement'))

export const getSettings = memo(async (): Promise<SiteSettings> => {
  const entry = await getEntry('settings', 'site-settings')
  if (!entry) throw new Error('Site settings are missing from the CMS content')
  return entry.data as SiteSettings
})

/** A page by slug; a missing page is a build error, not a silent hole in the menu. */
export async function getPage(slug: string): Promise<PageItem> {
  const page = (await getPages()).find((p) => p.slug === slug)
  if (!page) throw new Error(`The page "${slug}" is not published in the CMS`)
  return page
}

/** The media document behind a relation (ID at depth 0), or null. */
export async function getMedia(value: Parameters<typeof relationId>[0]): Promise<MediaEntry | null> {
  const id = relationId(value)
  if (!id) return null
  const entry = await getEntry('media', id)
  return entry ? (entry.data as unknown as MediaEntry) : null
}

export { relationId }
