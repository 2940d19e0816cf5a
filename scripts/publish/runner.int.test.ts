/**
 * The publishing runner against a real CMS over HTTP (a seeded SQLite copy, Payload's request
 * router) and real site builds into release folders, served the way `npm start` serves them.
 * Two full builds in all: the first publish, and one for a burst of 20 publishes; the two failing
 * builds (the CMS answering 500, the CMS dropping connections) fail at their first request to it.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BuildStatusReport } from '@clearinghouse/shared/publishing'

import { serveStatic, type StaticServer } from '../../site/scripts/lib/serveStatic'
import { startCmsHttpServer, type CmsHttpServer } from '../lib/cmsHttpServer'
import { makeSeededSnapshot } from '../lib/siteBuild'
import { cmsClient } from './cmsClient'
import { currentRelease, listReleases } from './releases'
import { createRunner, type Runner } from './runner'

const SECRET = 'runner-tests-secret-0123456789abcdef'
const QUIET_MS = 3_000
const POLL_MS = 500
const TODAY = new Date().toISOString().slice(0, 10)

let tmp: string
let cms: CmsHttpServer
let payload: Payload
let editorId: number | string
let site: StaticServer
let runner: Runner
let publishDir: string

const newsData = (title: string, status: 'published' | 'draft' = 'published') => ({
  title,
  date: new Date().toISOString(),
  topic: 'salw-control',
  summary: `${title}: summary.`,
  body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: `${title}, the body.`, detail: 0, format: 0, mode: 'normal', style: '' }] }] } },
  jurisdictions: ['serbia'],
  _status: status,
})

async function publishNews(title: string, status: 'published' | 'draft' = 'published') {
  const user = { ...(await payload.findByID({ collection: 'users', id: editorId, depth: 0 })), collection: 'users' as const }
  return payload.create({ collection: 'news', data: newsData(title, status) as never, draft: status === 'draft', user, overrideAccess: false })
}

const served = async (pathname: string) => {
  const res = await fetch(`${site.url}${pathname}`)
  return { status: res.status, html: await res.text() }
}
const status = async () => (await cmsClient(cms.url, SECRET).status()) as BuildStatusReport

function makeRunner(extra: { deployHookUrl?: string } = {}) {
  return createRunner({
    cms: cmsClient(cms.url, SECRET),
    cmsUrl: cms.url,
    dir: publishDir,
    cacheDir: path.join(tmp, 'astro-cache'),
    quietMs: QUIET_MS,
    pollMs: POLL_MS,
    keepReleases: 2,
    buildTimeoutMs: 300_000,
    // The monitor's data releases of these builds stay in the test's folder.
    buildEnv: { ...process.env, BUILD_DATE: TODAY, AVMP_RELEASES_DIR: path.join(tmp, 'data-releases') },
    // The test publishes first, so the first build is the one it waits for.
    buildIfNoRelease: false,
    log: () => undefined,
    ...extra,
  })
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-runner-'))
  const seeded = await makeSeededSnapshot({ dir: path.join(tmp, 'seed'), incidents: 150, now: TODAY })
  cms = await startCmsHttpServer({ database: seeded.database, mediaDir: path.join(tmp, 'seed', 'media'), dir: path.join(tmp, 'cms'), env: { PUBLISH_RUNNER_SECRET: SECRET } })
  payload = cms.payload
  // Optimising ~1,800 image variants from a cold cache takes minutes on two cores, and says nothing
  // about publishing: the test's site has its PDFs but no images.
  await payload.delete({ collection: 'media', where: { mimeType: { contains: 'image' } }, context: { skipAudit: true, skipSiteRebuild: true } })
  editorId = (await payload.create({ collection: 'users', data: { email: 'runner-editor@example.org', password: 'a-long-test-password-1', name: 'Editor', role: 'editor' } })).id
  publishDir = path.join(tmp, 'published')
  site = await serveStatic(() => currentRelease(publishDir), { ports: [0] })
  runner = makeRunner()
  await runner.start()
}, 240_000)

afterAll(async () => {
  await runner?.stop()
  await site?.close()
  await cms?.close()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe('build mode', () => {
  let firstSlug = ''
  let missedSlug = ''
  let droppedSlug = ''

  it('puts a published news item on the served site within the quiet period plus one build, and never a draft', async () => {
    expect((await served('/')).status).toBe(503)
    const draft = await publishNews('Runner draft that stays private', 'draft')
    const published = await publishNews('Runner test: regional meeting in Skopje')
    firstSlug = String(published.slug)
    const publishedAt = Date.now()

    const build = await runner.nextBuild(220_000)
    expect(build.ok, build.output.slice(-3000)).toBe(true)
    const page = await served(`/news/${firstSlug}/`)
    const latencyMs = Date.now() - publishedAt
    expect(page.status).toBe(200)
    expect(page.html).toContain('Runner test: regional meeting in Skopje')
    // Quiet period, at most one poll, the build itself, and a little bookkeeping.
    expect(latencyMs).toBeLessThanOrEqual(QUIET_MS + POLL_MS + build.ms + 5_000)
    console.log(`publish → live: ${(latencyMs / 1000).toFixed(1)} s (build ${(build.ms / 1000).toFixed(1)} s)`)

    expect((await served(`/news/${String(draft.slug)}/`)).status).toBe(404)
    expect((await served('/news/')).html).not.toContain('Runner draft that stays private')
    const report = await status()
    expect(report.lastSuccess).toMatchObject({ id: build.build.id, status: 'succeeded', mode: 'build', release: build.release })
    expect(report.pending.count).toBe(0)
    expect(fs.readlinkSync(path.join(publishDir, 'current'))).toBe(path.join('releases', build.release ?? ''))
  })

  it('keeps the previous site when a build fails (the CMS answers 500), and reports the failure', async () => {
    const live = currentRelease(publishDir)
    const releases = listReleases(publishDir)
    cms.faults.failContent = true
    try {
      missedSlug = String((await publishNews('Published while the CMS is broken')).slug)
      const build = await runner.nextBuild(120_000)
      expect(build.ok).toBe(false)
      expect(build.output).toMatch(/answered 500/)
    } finally {
      cms.faults.failContent = false
    }
    expect(currentRelease(publishDir)).toBe(live)
    expect(listReleases(publishDir)).toEqual(releases)
    expect(fs.readdirSync(path.join(publishDir, 'releases')).filter((n) => n.startsWith('.'))).toEqual([])
    expect((await served(`/news/${firstSlug}/`)).status).toBe(200)
    const report = await status()
    expect(report.lastFailure?.log).toMatch(/answered 500/)
    expect(report.lastBuild?.status).toBe('failed')
    // Not retried in a loop: the failed changes wait for a new change or "Rebuild now".
    await new Promise((r) => setTimeout(r, QUIET_MS + 3 * POLL_MS))
    expect((await status()).running).toBeNull()
    expect(runner.builds.at(-1)?.build.id).toBe(report.lastFailure?.id)
  })

  it('keeps the previous site when the CMS goes away during a build (connections dropped), and says it could not reach it', async () => {
    const live = currentRelease(publishDir)
    const releases = listReleases(publishDir)
    cms.faults.dropContent = true
    try {
      droppedSlug = String((await publishNews('Published just before the CMS went away')).slug)
      const build = await runner.nextBuild(120_000)
      expect(build.ok).toBe(false)
      expect(build.output).toMatch(/cannot reach the CMS at/)
    } finally {
      cms.faults.dropContent = false
    }
    expect(currentRelease(publishDir)).toBe(live)
    expect(listReleases(publishDir)).toEqual(releases)
    expect(fs.readdirSync(path.join(publishDir, 'releases')).filter((n) => n.startsWith('.'))).toEqual([])
    expect((await served(`/news/${firstSlug}/`)).status).toBe(200)
    expect((await status()).lastFailure?.log).toMatch(/cannot reach the CMS at/)
  })

  it('makes one build of a burst of 20 publishes, with all of them, the changes the failed builds missed, and a news item scheduled 5 s ahead once the job ran', async () => {
    const before = runner.builds.length
    // Scheduled publishing, as the admin's "Schedule publish" queues it (Payload's schedulePublish job).
    const scheduled = await publishNews('Scheduled five seconds ahead', 'draft')
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: scheduled.id }, user: { relationTo: 'users', value: editorId as number } },
      waitUntil: new Date(Date.now() + 5_000),
    })
    await payload.jobs.run()
    expect((await fetch(`${cms.url}/api/news/${scheduled.id}`)).status).toBe(404)
    await new Promise((r) => setTimeout(r, 5_100))
    await payload.jobs.run()
    expect((await fetch(`${cms.url}/api/news/${scheduled.id}`)).status).toBe(200)

    const titles = Array.from({ length: 20 }, (_, i) => `Burst item ${i + 1} of 20`)
    const slugs: string[] = []
    for (const title of titles) slugs.push(String((await publishNews(title)).slug))

    const build = await runner.nextBuild(220_000)
    expect(build.ok, build.output.slice(-3000)).toBe(true)
    // 20 + the two the failed builds missed + the scheduled one.
    expect(build.build.changes).toBe(23)
    await new Promise((r) => setTimeout(r, QUIET_MS + 3 * POLL_MS))
    expect(runner.builds.length).toBe(before + 1)
    for (const slug of slugs) expect((await served(`/news/${slug}/`)).status).toBe(200)
    expect((await served(`/news/${missedSlug}/`)).html).toContain('Published while the CMS is broken')
    expect((await served(`/news/${droppedSlug}/`)).html).toContain('Published just before the CMS went away')
    expect((await served(`/news/${String(scheduled.slug)}/`)).html).toContain('Scheduled five seconds ahead')
    expect((await status()).pending.count).toBe(0)
    console.log(`burst of 20 → 1 build in ${(build.ms / 1000).toFixed(1)} s (second build, warm cache)`)
  })
})

describe('deploy-hook mode', () => {
  it('POSTs to the configured hook instead of building, and reports a failing hook', async () => {
    await runner.stop()
    const calls: { path: string; body: Record<string, unknown> }[] = []
    let answer = 200
    const hook = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        calls.push({ path: req.url ?? '', body: JSON.parse(body || '{}') as Record<string, unknown> })
        res.writeHead(answer, { 'Content-Type': 'application/json' }).end(answer === 200 ? '{"job":{"id":"j1"}}' : '{"error":"quota"}')
      })
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    const hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/build_hooks/abc123?token=do-not-log`
    const live = currentRelease(publishDir)
    runner = makeRunner({ deployHookUrl: hookUrl })
    try {
      await runner.start()
      await publishNews('Announced through the deploy hook')
      const ok = await runner.nextBuild(30_000)
      expect(ok.ok).toBe(true)
      expect(calls).toHaveLength(1)
      expect(calls[0]?.path).toBe('/build_hooks/abc123?token=do-not-log')
      expect(calls[0]?.body).toMatchObject({ source: 'clearinghouse-cms', build: ok.build.id, trigger: 'changes', changes: 1 })
      expect((await status()).lastSuccess).toMatchObject({ id: ok.build.id, mode: 'deploy-hook' })
      expect(currentRelease(publishDir)).toBe(live)

      answer = 500
      await publishNews('The hook is down')
      const failed = await runner.nextBuild(30_000)
      expect(failed.ok).toBe(false)
      const report = await status()
      expect(report.lastFailure).toMatchObject({ id: failed.build.id, mode: 'deploy-hook' })
      expect(report.lastFailure?.log).toContain('500')
      expect(report.lastFailure?.log).not.toContain('do-not-log')
    } finally {
      await runner.stop()
      hook.closeAllConnections()
      await new Promise((resolve) => hook.close(resolve))
    }
  })
})
