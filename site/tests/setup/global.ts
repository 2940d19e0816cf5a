/**
 * Once per test run, in a temporary folder: a fresh SQLite database seeded small and
 * deterministically, a snapshot of it, one site build from that snapshot, and a static server for
 * the build. Tests read the paths and the URL with `inject('site')`. Nothing is written into the
 * repository's dist/ or cms/data/ (the build's downloaded media go to site/.cms-cache and
 * site/public/files, as in any build).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { buildSite, makeSeededSnapshot } from '../../../scripts/lib/siteBuild'
import { serveStatic } from '../../scripts/lib/serveStatic'
import { BUILD_DATE, SEED_INCIDENTS, SITE_URL, type SiteFixture } from './fixture'

/** Re-running one test file while writing it: `KEEP_SITE_TESTS=1` keeps the folder, `SITE_TESTS_REUSE=<folder>` reuses it. */
function reuse(dir: string | undefined) {
  if (!dir || !fs.existsSync(path.join(dir, 'dist', 'index.html'))) return undefined
  return {
    seeded: { snapshot: path.join(dir, 'snapshot'), database: path.join(dir, 'db.sqlite'), seededMs: 0, snapshotMs: 0 },
    build: { outDir: path.join(dir, 'dist'), routesFile: path.join(dir, 'routes.json'), ms: 0, output: fs.readFileSync(path.join(dir, 'build.log'), 'utf8') },
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now()
  const reused = reuse(process.env.SITE_TESTS_REUSE)
  const tmp = reused ? (process.env.SITE_TESTS_REUSE ?? '') : fs.mkdtempSync(path.join(os.tmpdir(), 'site-tests-'))
  const seeded = reused?.seeded ?? (await makeSeededSnapshot({ dir: tmp, incidents: SEED_INCIDENTS, now: BUILD_DATE }))
  const build =
    reused?.build ??
    (await buildSite({
      snapshot: seeded.snapshot,
      outDir: path.join(tmp, 'dist'),
      routesFile: path.join(tmp, 'routes.json'),
      buildDate: BUILD_DATE,
      siteUrl: SITE_URL,
    }))
  const server = await serveStatic(build.outDir)
  const fixture: SiteFixture = {
    tmp,
    database: seeded.database,
    snapshot: seeded.snapshot,
    outDir: build.outDir,
    routesFile: build.routesFile,
    url: server.url,
    buildLog: path.join(tmp, 'build.log'),
  }
  fs.writeFileSync(fixture.buildLog, build.output)
  project.provide('site', fixture)
  console.log(
    `site tests: seeded + snapshot in ${((seeded.seededMs + seeded.snapshotMs) / 1000).toFixed(0)} s, build in ${(build.ms / 1000).toFixed(0)} s (${tmp}), served at ${server.url}; setup ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  return async () => {
    await server.close()
    if (!process.env.KEEP_SITE_TESTS && !reused) fs.rmSync(tmp, { recursive: true, force: true })
  }
}
