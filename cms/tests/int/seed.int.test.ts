import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { SeedSummary } from '../../src/seed'
import { startTestCms, type TestCms } from '../helpers/testPayload'

// A fixed "now" keeps both databases' relative dates identical even if the run crosses midnight.
const NOW = new Date('2026-06-15T09:30:00.000Z')
const INCIDENTS = 500
const SEED = 7

const quietProgress = { phase: () => ({ tick: () => undefined, done: () => 0 }), log: () => undefined }

async function runSeed(
  cms: TestCms,
  overrides: Partial<Parameters<typeof import('../../src/seed').seed>[1]> = {},
): Promise<SeedSummary> {
  const { seed } = await import('../../src/seed')
  return seed(cms.payload, {
    seed: SEED,
    incidents: INCIDENTS,
    now: NOW,
    progress: quietProgress,
    log: () => undefined,
    credentialsFile: path.join(cms.dir, 'dev-credentials.txt'),
    adminEmail: undefined,
    adminPassword: undefined,
    ...overrides,
  })
}

/** What must be identical between two runs with the same seed: content, not ids or timestamps. */
async function snapshot(payload: Payload) {
  const all = async <T>(collection: Parameters<Payload['find']>[0]['collection'], sort: string) =>
    (await payload.find({ collection, pagination: false, depth: 0, sort, draft: true })).docs as unknown as T[]
  const strip = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest
  return {
    pages: (await all<{ slug: string; title: string }>('pages', 'slug')).map((d) => [d.slug, d.title]),
    news: (await all<{ slug: string; title: string; date: string; _status: string }>('news', 'slug')).map((d) => [
      d.slug,
      d.title,
      d.date,
      d._status,
    ]),
    publications: (
      await all<{ slug: string; title: string; date: string; languages: string[] }>('publications', 'slug')
    ).map((d) => [d.slug, d.title, d.date, d.languages]),
    laws: (
      await all<{ slug: string; title: string; originalTitle: string; status: string; gazetteReference: string }>(
        'laws',
        'slug',
      )
    ).map((d) => [d.slug, d.title, d.originalTitle, d.status, d.gazetteReference]),
    media: (await all<{ filename: string; filesize: number }>('media', 'filename')).map((d) => [
      d.filename,
      d.filesize,
    ]),
    incidents: (await all<Record<string, unknown>>('incidents', 'externalId')).map(strip),
  }
}

let first: TestCms
let summary1: SeedSummary
let summary2: SeedSummary

beforeAll(async () => {
  first = await startTestCms('seed-test')
  summary1 = await runSeed(first)
  summary2 = await runSeed(first)
}, 240_000)

afterAll(async () => first?.close())

describe('seed', () => {
  it('creates the promised amount of content', () => {
    expect(summary1.totals).toMatchObject({
      users: 2,
      pages: 15,
      'team-members': 12,
      partners: 14,
      publications: 60,
      laws: 90,
      news: 42,
      vacancies: 6,
      'procurement-notices': 8,
      incidents: INCIDENTS,
    })
    expect(summary1.incidents?.path).toBe('sqlite-bulk')
    expect(summary1.incidents?.perSecond).toBeGreaterThan(0)
    expect(Object.keys(summary1.timings)).toEqual(expect.arrayContaining(['users', 'news', 'laws', 'incidents']))
  })

  it('is idempotent: a second run creates nothing and leaves every count unchanged', () => {
    expect(summary2.totals).toEqual(summary1.totals)
    for (const [collection, count] of Object.entries(summary2.counts)) {
      expect({ collection, created: count.created }).toEqual({ collection, created: 0 })
    }
    expect(summary2.credentials).toEqual([])
  })

  it('creates the first admin and the demo editor, with working generated passwords', async () => {
    const admin = summary1.credentials.find((c) => c.role === 'admin')
    const editor = summary1.credentials.find((c) => c.role === 'editor')
    expect(admin).toMatchObject({ email: 'admin@example.org', generated: true })
    expect(editor).toMatchObject({ email: 'editor@example.org', generated: true })
    const users = await first.payload.find({ collection: 'users', depth: 0, sort: 'email' })
    expect(users.docs.map((u) => [u.email, u.role])).toEqual([
      ['admin@example.org', 'admin'],
      ['editor@example.org', 'editor'],
    ])
    const login = await first.payload.login({
      collection: 'users',
      data: { email: admin!.email, password: admin!.password! },
    })
    expect(login.token).toBeTruthy()
    const file = fs.readFileSync(path.join(first.dir, 'dev-credentials.txt'), 'utf8')
    expect(file).toContain(`admin\tadmin@example.org\t${admin!.password}`)
  })

  it('keeps the two draft news items away from anonymous readers', async () => {
    const publicNews = await first.payload.find({
      collection: 'news',
      overrideAccess: false,
      // An anonymous reader may not ask for "all rows" (apiReadGuards): one page of up to 1,000.
      limit: 1000,
      depth: 0,
    })
    const allNews = await first.payload.find({ collection: 'news', pagination: false, depth: 0, draft: true })
    expect(allNews.totalDocs).toBe(42)
    expect(publicNews.totalDocs).toBe(40)
    const drafts = allNews.docs.filter((d) => d._status === 'draft')
    expect(drafts).toHaveLength(2)
    for (const draft of drafts) {
      await expect(
        first.payload.findByID({ collection: 'news', id: draft.id, overrideAccess: false, depth: 0 }),
      ).rejects.toThrow()
    }
  })

  it('fills the site settings with the address, menu and footer notices', async () => {
    const settings = await first.payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.contact.address).toContain('Bulevar Zorana Đinđića 64, 11000 Belgrade')
    expect(settings.navigation?.items?.map((i: { label: string }) => i.label)).toEqual([
      'Who we are',
      'What we do',
      'Resources and publications',
      'News and information',
      'Vacancies',
      'Procurement',
      'Contact',
    ])
    expect(settings.footer.kosovoFootnote).toMatch(/Security Council Resolution 1244/)
    expect(settings.newsletter.consentVersion).toBeTruthy()
  })

  it('links laws into consistent amendment and replacement chains', async () => {
    const { docs } = await first.payload.find({ collection: 'laws', pagination: false, depth: 0 })
    const byId = new Map(docs.map((d) => [d.id, d]))
    expect(new Set(docs.map((d) => d.jurisdiction)).size).toBe(9)
    for (const law of docs) {
      expect(law.provisions?.length).toBeGreaterThanOrEqual(2)
      for (const p of law.provisions ?? []) expect(p.textOriginal).toBeTruthy()
      for (const replaced of (law.replaces ?? []) as number[]) expect(byId.get(replaced)?.status).toBe('repealed')
      for (const amended of (law.amends ?? []) as number[])
        expect(['amended', 'repealed']).toContain(byId.get(amended)?.status)
    }
    expect(docs.some((d) => (d.replaces ?? []).length > 0)).toBe(true)
  })

  it('serves the generated PDFs and images as real files', async () => {
    const { docs } = await first.payload.find({ collection: 'media', pagination: false, depth: 0 })
    const pdfs = docs.filter((d) => d.mimeType === 'application/pdf')
    expect(pdfs.length).toBeGreaterThan(60)
    for (const doc of [...pdfs.slice(0, 5), ...docs.filter((d) => d.mimeType === 'image/jpeg').slice(0, 5)]) {
      const bytes = fs.readFileSync(path.join(first.dir, 'media', doc.filename!))
      if (doc.mimeType === 'application/pdf') {
        expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4')
        expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF')
      } else {
        expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
      }
    }
  })
})

describe('seed determinism', () => {
  let second: TestCms
  beforeAll(async () => {
    // A second, fresh database: the environment is read when the config loads, so reload it.
    vi.resetModules()
    second = await startTestCms('seed-test-fresh')
    // The second database takes the slow path (one Local API create per incident): its rows
    // must come out identical to the bulk-inserted ones.
    await runSeed(second, { bulkIncidents: false })
  }, 240_000)
  afterAll(async () => second?.close())

  it('produces the same titles, slugs, files and incident fields from the same seed (bulk and Local API alike)', async () => {
    const [a, b] = await Promise.all([snapshot(first.payload), snapshot(second.payload)])
    expect(b.pages).toEqual(a.pages)
    expect(b.news).toEqual(a.news)
    expect(b.publications).toEqual(a.publications)
    expect(b.laws).toEqual(a.laws)
    expect(b.media).toEqual(a.media)
    expect(b.incidents).toHaveLength(INCIDENTS)
    expect(b.incidents).toEqual(a.incidents)
  })
})
