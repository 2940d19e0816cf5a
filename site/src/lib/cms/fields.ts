/**
 * What the site reads of each collection: the `select` sent to the CMS and, from the same list,
 * the TypeScript type of what comes back — derived from Payload's generated types, never rewritten.
 */
import type {
  Law,
  Media,
  News,
  Page,
  Partner,
  ProcurementNotice,
  Publication,
  SiteSetting,
  TeamMember,
  Vacancy,
} from '@clearinghouse/shared/payload-types'
import type { PublicCollection } from '@clearinghouse/shared/snapshot'

/** A document with only the selected fields (plus `id`), relations left as IDs (depth 0). */
export type Selected<T extends { id: unknown }, K extends readonly (keyof T)[]> = Pick<T, K[number] | 'id'>

export const NEWS_FIELDS = [
  'title',
  'date',
  'topic',
  'summary',
  'heroImage',
  'body',
  'slug',
  'jurisdictions',
  'relatedPublications',
  'updatedAt',
] as const satisfies readonly (keyof News)[]

export const PUBLICATION_FIELDS = [
  'title',
  'date',
  'type',
  'theme',
  'summary',
  'files',
  'cover',
  'body',
  'slug',
  'jurisdictions',
  'languages',
  'updatedAt',
] as const satisfies readonly (keyof Publication)[]

// `amendedBy`/`replacedBy` (joins) are left out: the site derives them from `amends`/`replaces`.
export const LAW_FIELDS = [
  'title',
  'originalTitle',
  'originalLanguage',
  'jurisdiction',
  'kind',
  'status',
  'subjects',
  'gazetteReference',
  'adoptedDate',
  'effectiveDate',
  'summary',
  'provisions',
  'amends',
  'replaces',
  'slug',
  'euInstruments',
  'originalFile',
  'englishFile',
  'updatedAt',
] as const satisfies readonly (keyof Law)[]

export const PAGE_FIELDS = ['title', 'summary', 'body', 'slug', 'section', 'navOrder', 'updatedAt'] as const satisfies readonly (keyof Page)[]

export const MEDIA_FIELDS = [
  'alt',
  'caption',
  'credit',
  'url',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'updatedAt',
] as const satisfies readonly (keyof Media)[]

export const TEAM_FIELDS = ['name', 'position', 'bio', 'photo', 'order'] as const satisfies readonly (keyof TeamMember)[]

export const PARTNER_FIELDS = ['name', 'kind', 'url', 'logo', 'description', 'order'] as const satisfies readonly (keyof Partner)[]

export const VACANCY_FIELDS = [
  'title',
  'reference',
  'location',
  'contractType',
  'deadline',
  'description',
  'applyUrl',
  'slug',
  'updatedAt',
] as const satisfies readonly (keyof Vacancy)[]

export const PROCUREMENT_FIELDS = [
  'title',
  'reference',
  'kind',
  'deadline',
  'description',
  'documents',
  'contactEmail',
  'slug',
  'updatedAt',
] as const satisfies readonly (keyof ProcurementNotice)[]


export type NewsItem = Selected<News, typeof NEWS_FIELDS>
export type PublicationItem = Selected<Publication, typeof PUBLICATION_FIELDS>
export type LawItem = Selected<Law, typeof LAW_FIELDS>
export type PageItem = Selected<Page, typeof PAGE_FIELDS>
export type MediaItem = Selected<Media, typeof MEDIA_FIELDS>
export type TeamMemberItem = Selected<TeamMember, typeof TEAM_FIELDS>
export type PartnerItem = Selected<Partner, typeof PARTNER_FIELDS>
export type VacancyItem = Selected<Vacancy, typeof VACANCY_FIELDS>
export type ProcurementItem = Selected<ProcurementNotice, typeof PROCUREMENT_FIELDS>
export type SiteSettings = SiteSetting

/** A relation at depth 0 is an ID (number on SQLite, string on MongoDB); normalise it for lookups. */
export function relationId(value: number | string | { id: number | string } | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? String(value.id) : String(value)
}

export type { PublicCollection }
