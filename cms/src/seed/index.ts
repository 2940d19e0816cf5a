/**
 * Demo content for the clearinghouse: users, site settings, pages, team, partners, publications
 * (with real PDFs), the law compendium, news (with generated images), vacancies, procurement notices
 * and firearm incidents.
 *
 * Idempotent: documents are matched by slug (or name, external ID, file name) and only missing ones
 * are created, so a second run adds nothing. Deterministic: everything except passwords and
 * timestamps follows from `seed` and `now`.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { CMS_ROOT, env } from '../env'
import { SEED_CONTEXT, type PhaseCount, type SeedContext } from './context'
import { DEFAULT_INCIDENTS, DEFAULT_SEED } from './defaults'
import {
  seedLaws,
  seedNews,
  seedPages,
  seedPartners,
  seedProcurement,
  seedPublications,
  seedTeam,
  seedVacancies,
} from './documents'
import { seedIncidents, type IncidentPhaseResult } from './incidents'
import { MediaLibrary } from './media'
import { createProgress, type Progress } from './progress'
import { seedSiteSettings } from './settings'
import { seedUsers, type SeededCredential } from './users'

export { DEFAULT_INCIDENTS, DEFAULT_SEED }

export interface SeedOptions {
  /** Random seed: the same seed (and `now`) gives the same content. Default 2002. */
  seed?: number
  /** Number of incidents to generate. Default 10,000. */
  incidents?: number
  /** Seed only incidents, or only everything else. Users are ensured in both cases. */
  only?: 'incidents' | 'content'
  /** No progress output (credentials are still reported). */
  quiet?: boolean
  /** Anchor for relative dates (news over the last three years, incidents up to yesterday…). Default: now. */
  now?: Date
  /** Bulk-insert incidents through the database adapter (default) or one by one through the Local API. */
  bulkIncidents?: boolean
  /** Where generated dev credentials are appended; `false` to write none. Default cms/data/dev-credentials.txt. */
  credentialsFile?: string | false
  /** First admin; defaults to ADMIN_EMAIL / ADMIN_PASSWORD from the environment. */
  adminEmail?: string
  adminPassword?: string
  /** Progress display; by default a bar on stderr. */
  progress?: Progress
  /** Where messages (including generated credentials) go. Default: stdout. */
  log?: (message: string) => void
}

export interface SeedSummary {
  seed: number
  now: string
  /** Per collection: documents created by this run and documents that already existed. */
  counts: Record<string, PhaseCount>
  /** Documents in each seeded collection after the run. */
  totals: Record<string, number>
  /** Milliseconds per phase, in run order. */
  timings: Record<string, number>
  totalMs: number
  incidents?: IncidentPhaseResult
  /** Accounts this run created (passwords only for generated ones). */
  credentials: SeededCredential[]
}

const SEEDED_COLLECTIONS = [
  'users',
  'media',
  'pages',
  'team-members',
  'partners',
  'publications',
  'laws',
  'news',
  'vacancies',
  'procurement-notices',
  'incidents',
] as const

/** True when nothing has been created yet: no users and no content (used by `npm start`). */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  for (const collection of ['users', 'pages', 'news', 'incidents'] as const) {
    const { totalDocs } = await payload.count({ collection, context: SEED_CONTEXT })
    if (totalDocs > 0) return false
  }
  return true
}

/** Seeds `payload`'s database; see the module comment. */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now()
  const seedValue = options.seed ?? DEFAULT_SEED
  const log = options.log ?? ((m: string) => void process.stdout.write(`${m}\n`))
  const ctx: SeedContext = {
    payload,
    now: options.now ?? new Date(),
    seed: seedValue,
    progress: options.progress ?? createProgress({ quiet: options.quiet }),
    counts: {},
    log,
  }
  const timings: Record<string, number> = {}
  const timed = async <T>(phase: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now()
    try {
      return await fn()
    } finally {
      timings[phase] = Math.round(performance.now() - t0)
    }
  }

  const credentials = await timed('users', () =>
    seedUsers(ctx, {
      adminEmail: options.adminEmail ?? env.ADMIN_EMAIL,
      adminPassword: options.adminPassword ?? env.ADMIN_PASSWORD,
      credentialsFile: options.credentialsFile ?? path.join(CMS_ROOT, 'data', 'dev-credentials.txt'),
      // Named in the file so it is clear which database the passwords belong to (never a password).
      database: env.DATABASE_URI.replace(/\/\/[^@/]*@/, '//'),
    }),
  )
  const generated = credentials.filter((c) => c.generated)
  if (generated.length > 0) {
    log('Accounts created by the seed (shown once; also in the credentials file):')
    for (const c of generated) log(`  ${c.role.padEnd(6)} ${c.email}  password: ${c.password ?? ''}`)
  }

  if (options.only !== 'incidents') {
    const media = new MediaLibrary(payload)
    await timed('site-settings', () => seedSiteSettings(ctx))
    await timed('pages', () => seedPages(ctx))
    await timed('team-members', () => seedTeam(ctx, media))
    await timed('partners', () => seedPartners(ctx, media))
    const publications = await timed('publications', () => seedPublications(ctx, media))
    await timed('laws', () => seedLaws(ctx, media))
    await timed('news', () => seedNews(ctx, media, publications))
    await timed('vacancies', () => seedVacancies(ctx))
    await timed('procurement-notices', () => seedProcurement(ctx, media))
    ctx.counts.media = { created: media.created, existing: media.existing }
  }

  let incidents: IncidentPhaseResult | undefined
  if (options.only !== 'content') {
    incidents = await timed('incidents', () =>
      seedIncidents(ctx, { count: options.incidents ?? DEFAULT_INCIDENTS, bulk: options.bulkIncidents ?? true }),
    )
  }

  const totals: Record<string, number> = {}
  for (const collection of SEEDED_COLLECTIONS) {
    totals[collection] = (await payload.count({ collection, context: SEED_CONTEXT })).totalDocs
  }
  return {
    seed: seedValue,
    now: ctx.now.toISOString(),
    counts: ctx.counts,
    totals,
    timings,
    totalMs: Math.round(performance.now() - started),
    incidents,
    credentials,
  }
}
