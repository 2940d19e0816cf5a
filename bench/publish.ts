/**
 * Publish-to-live benchmark on fresh temporary data. Prints figures; asserts nothing.
 *   npm run bench:publish                        # default seed, quiet period 10 s, 2 one-document changes
 *   npm run bench:publish -- --quiet 5 --changes 3
 *   npm run bench:publish -- --cold-cache        # the runner gets an empty Astro cache (a first deployment)
 * Seeds a temporary SQLite database (the default seed: all content and 10,000 incidents), serves it
 * as a real CMS over HTTP, starts the publishing runner against it (as `npm start` does) and
 *   1. lets it make the first build (no release yet),
 *   2. changes one published news item as an editor and times until the served site shows the
 *      change (publish → live) and how long that second build took; repeated --changes times.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEFAULT_INCIDENTS } from '../cms/src/seed/defaults'
import { startCmsHttpServer } from '../scripts/lib/cmsHttpServer'
import { makeSeededSnapshot } from '../scripts/lib/siteBuild'
import { cmsClient } from '../scripts/publish/cmsClient'
import { currentRelease } from '../scripts/publish/releases'
import { createRunner } from '../scripts/publish/runner'
import { serveStatic } from '../site/scripts/lib/serveStatic'

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: String(DEFAULT_INCIDENTS) },
    quiet: { type: 'string', default: '10' },
    changes: { type: 'string', default: '2' },
    'cold-cache': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help) {
  console.log(`Usage: npm run bench:publish -- [--incidents N] [--quiet S] [--changes N] [--cold-cache] [--keep]

  --incidents   incidents in the seed (default ${DEFAULT_INCIDENTS}, the default seed)
  --quiet       the runner's quiet period in seconds (default 10, as PUBLISH_QUIET_SECONDS)
  --changes     one-document changes to time after the first build (default 2)
  --cold-cache  give the runner an empty Astro cache (else the site's own, as npm start does)
  --keep        keep the temporary folder`)
  process.exit(0)
}

const SECRET = 'bench-publish-secret-0123456789abcdef'
const quietMs = Number(values.quiet) * 1000
const POLL_MS = 2000
const today = new Date().toISOString().slice(0, 10)
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

console.log(`Publish-to-live benchmark on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.versions.node}, load ${os.loadavg()[0]?.toFixed(1)}\n`)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-publish-'))
const seeded = await makeSeededSnapshot({ dir: path.join(dir, 'seed'), incidents: Number(values.incidents), now: today })
console.log(`seed: ${Number(values.incidents).toLocaleString('en')} incidents and all content in ${seconds(seeded.seededMs)} (${dir})`)

const cms = await startCmsHttpServer({ database: seeded.database, mediaDir: path.join(dir, 'seed', 'media'), dir: path.join(dir, 'cms'), env: { PUBLISH_RUNNER_SECRET: SECRET } })
const { payload } = cms
const editor = { ...(await payload.create({ collection: 'users', data: { email: 'bench-editor@example.org', password: 'a-long-bench-password-1', name: 'Editor', role: 'editor' } })), collection: 'users' as const }
const publishDir = path.join(dir, 'published')
const site = await serveStatic(() => currentRelease(publishDir), { ports: [0] })
const runner = createRunner({
  cms: cmsClient(cms.url, SECRET),
  cmsUrl: cms.url,
  dir: publishDir,
  cacheDir: values['cold-cache'] ? path.join(dir, 'astro-cache') : undefined,
  quietMs,
  pollMs: POLL_MS,
  keepReleases: 2,
  buildTimeoutMs: 30 * 60_000,
  buildEnv: { ...process.env, BUILD_DATE: today, AVMP_RELEASES_DIR: path.join(dir, 'data-releases') },
  log: () => undefined,
})

try {
  const first = runner.nextBuild(30 * 60_000)
  await runner.start()
  const initial = await first
  if (!initial.ok) throw new Error(`The first build failed:\n${initial.output.slice(-4000)}`)
  const pages = /(\d+) page\(s\) built/.exec(initial.output)?.[1] ?? '?'
  console.log(`first build (${values['cold-cache'] ? 'empty' : "the site's own"} Astro cache): ${seconds(initial.ms)}, ${pages} pages`)

  const { docs } = await payload.find({ collection: 'news', limit: Number(values.changes), sort: '-date', depth: 0, where: { _status: { equals: 'published' } } })
  const rows: { build: number; live: number }[] = []
  for (const [i, item] of docs.entries()) {
    const title = `${item.title} (edited ${i + 1})`
    const next = runner.nextBuild(30 * 60_000)
    const t0 = Date.now()
    await payload.update({ collection: 'news', id: item.id, data: { title }, user: editor, overrideAccess: false })
    const build = await next
    if (!build.ok) throw new Error(`A rebuild failed:\n${build.output.slice(-4000)}`)
    // Publish → live: until the served page shows the new title.
    for (;;) {
      const html = await (await fetch(`${site.url}/news/${item.slug}/`)).text()
      if (html.includes(title.replace(/&/g, '&amp;'))) break
      await new Promise((r) => setTimeout(r, 100))
    }
    const live = Date.now() - t0
    rows.push({ build: build.ms, live })
    console.log(`change ${i + 1}: one news item re-published → rebuild ${seconds(build.ms)} (target ≤ 30 s), publish → live ${seconds(live)} (target ≤ 60 s; quiet period ${seconds(quietMs)}, poll ≤ ${seconds(POLL_MS)})`)
  }
  const worst = (k: 'build' | 'live') => Math.max(...rows.map((r) => r[k]))
  console.log(`\nsecond-build time: worst ${seconds(worst('build'))} over ${rows.length} change(s); publish → live: worst ${seconds(worst('live'))}`)
} finally {
  await runner.stop()
  await site.close()
  await cms.close()
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
