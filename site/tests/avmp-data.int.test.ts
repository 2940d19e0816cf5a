/**
 * The monitor's open data releases and its links into the rest of the site, read from the test
 * build: the release index and changes replay to the published records, the registry beside the
 * build holds the committed release, the next release records exactly what changed, and law pages
 * carry their jurisdiction's incident trend.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  fingerprintsOf,
  releaseFingerprint,
  replayReleases,
  type AvmpRecord,
  type ReleaseChanges,
  type ReleaseEntry,
} from '@clearinghouse/shared/avmp'
import { describe, expect, it } from 'vitest'

import { commitRelease } from '../src/lib/avmp/releaseCommit'
import { planRelease } from '../src/lib/avmp/releaseRegistry'
import { content, dom, fileForPath, site } from './helpers/site'
import { BUILD_DATE } from './setup/fixture'

const read = <T>(urlPath: string): T => JSON.parse(fs.readFileSync(path.join(site().outDir, urlPath), 'utf8')) as T
const verified = () => content().collections.incidents.filter((i) => i.verified !== false)

describe('data releases', () => {
  it('publishes the first release: every verified incident added, and its changes replay to the full dataset', () => {
    const index = read<{ releases: (ReleaseEntry & { changes: string })[] }>('avmp/data/releases/index.json')
    expect(index.releases).toHaveLength(1)
    const [first] = index.releases
    expect(first?.incidents).toBe(verified().length)
    expect(first?.added).toBe(verified().length)
    // Named after the build's day.
    expect(first?.id).toBe(first?.publishedAt.slice(0, 10))
    const changes = read<ReleaseChanges>(`${first?.changes}`.replace(/^\//, ''))
    const replayed = replayReleases([changes])
    expect(releaseFingerprint(fingerprintsOf(replayed))).toBe(first?.fingerprint)
    // The release is the dataset the site offers for download.
    const full = read<AvmpRecord[]>('avmp/data/incidents.json')
    expect(releaseFingerprint(fingerprintsOf(full))).toBe(first?.fingerprint)
    expect(read<{ release: { id: string } }>('avmp/data/latest.json').release.id).toBe(first?.id)
    // The data page names it in the citation.
    expect(dom(fileForPath('/avmp/data/') ?? '').querySelector('.citation')?.text).toContain(`release ${first?.id}`)
  })

  it('commits the release to the registry kept beside the build', () => {
    const registry = path.join(path.dirname(site().outDir), 'data-releases')
    const index = JSON.parse(fs.readFileSync(path.join(registry, 'index.json'), 'utf8')) as ReleaseEntry[]
    const published = read<{ releases: ReleaseEntry[] }>('avmp/data/releases/index.json').releases
    expect(index.map((r) => r.id)).toEqual(published.map((r) => r.id))
    expect(fs.readdirSync(registry).filter((f) => f.startsWith('.pending'))).toEqual([])
  })

  it('records the next change as a new release with exact counts, and nothing when the data are the same', () => {
    const registry = fs.mkdtempSync(path.join(os.tmpdir(), 'avmp-releases-'))
    try {
      fs.cpSync(path.join(path.dirname(site().outDir), 'data-releases'), registry, { recursive: true })
      const records = read<AvmpRecord[]>('avmp/data/incidents.json')
      const first = read<{ releases: ReleaseEntry[] }>('avmp/data/releases/index.json').releases[0]!
      const sameDay = new Date(`${first.id}T18:00:00Z`)
      const nextDay = new Date(sameDay.getTime() + 86_400_000)
      const same = planRelease(registry, records, sameDay)
      expect(same.made).toBeNull()
      expect(fs.readdirSync(registry).filter((f) => f.startsWith('.pending'))).toEqual([])

      const edited = records.slice(1).map((r, i) => (i === 0 ? { ...r, killed: Number(r.killed) + 1 } : r))
      edited.push({ ...records[0]!, id: 'new-record' })
      const plan = planRelease(registry, edited, sameDay)
      expect(plan.made).toMatchObject({ id: `${first.id}.2`, added: 1, changed: 1, removed: 1, incidents: records.length })
      // Staged only: the registry changes once the build is done.
      expect((JSON.parse(fs.readFileSync(path.join(registry, 'index.json'), 'utf8')) as unknown[]).length).toBe(1)
      expect(commitRelease(registry)).toBe(`${first.id}.2`)
      const replayed = replayReleases(plan.index.map((r) => plan.changesOf(r.id)))
      expect(releaseFingerprint(fingerprintsOf(replayed))).toBe(plan.made?.fingerprint)
      expect(planRelease(registry, edited, nextDay).made).toBeNull()
    } finally {
      fs.rmSync(registry, { recursive: true, force: true })
    }
  })
})

describe('links from the monitor into the site', () => {
  it("shows a monitored jurisdiction's incident trend on its law page, linking to the filtered monitor", () => {
    const page = dom(fileForPath('/laws/jurisdiction/serbia/') ?? '')
    const trend = page.querySelector('section.trend')
    expect(trend?.querySelector('svg path')?.getAttribute('d')).toMatch(/^M0,[\d.]+(L[\d.]+,[\d.]+){30,}$/)
    expect(trend?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/avmp/map/?jurisdiction=serbia')
    // The figure in words matches the snapshot: incidents in the 12 full months before the build month.
    const month = (offset: number) => new Date(Date.UTC(Number(BUILD_DATE.slice(0, 4)), Number(BUILD_DATE.slice(5, 7)) - 1 + offset, 1)).toISOString().slice(0, 7)
    const [from, to] = [month(-12), month(-1)]
    const inWindow = verified().filter((i) => i.jurisdiction === 'serbia' && i.date.slice(0, 7) >= from && i.date.slice(0, 7) <= to).length
    expect(trend?.querySelector('p')?.text).toContain(`${inWindow.toLocaleString('en-GB')} incidents in the last 12 full months`)
  })

  it('has no trend on the law page of a jurisdiction the monitor does not cover', () => {
    const page = dom(fileForPath('/laws/jurisdiction/ukraine/') ?? fileForPath('/laws/jurisdiction/croatia/') ?? '')
    expect(page.querySelector('section.trend')).toBeNull()
  })
})
