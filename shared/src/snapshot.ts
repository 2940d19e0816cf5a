/**
 * The content snapshot: everything the public site is built from, exported by `npm run snapshot`
 * (through Payload's Local API with anonymous access) so the site can be built, and tested,
 * without a running CMS. It is a folder: `content.json` (this shape) and `media/` (the files).
 */
import type { Config } from './payload-types'

/** Collections the public site reads; the others (users, subscribers) are never exported. */
export const PUBLIC_COLLECTIONS = [
  'news',
  'publications',
  'laws',
  'pages',
  'media',
  'team-members',
  'partners',
  'vacancies',
  'procurement-notices',
  'incidents',
] as const satisfies readonly (keyof Config['collections'])[]

export type PublicCollection = (typeof PUBLIC_COLLECTIONS)[number]

export const PUBLIC_GLOBALS = ['site-settings'] as const satisfies readonly (keyof Config['globals'])[]
export type PublicGlobal = (typeof PUBLIC_GLOBALS)[number]

export const SNAPSHOT_FORMAT = 1

export interface ContentSnapshot {
  format: typeof SNAPSHOT_FORMAT
  /** ISO time the snapshot was taken. */
  generatedAt: string
  collections: { [S in PublicCollection]: Config['collections'][S][] }
  globals: { [G in PublicGlobal]: Config['globals'][G] }
}

export const SNAPSHOT_CONTENT_FILE = 'content.json'
export const SNAPSHOT_MEDIA_DIR = 'media'
