/**
 * Static-site build benchmark on fresh temporary data. Prints figures; asserts nothing.
 *   npm run bench:site                              # default seed, build ×2, page weights, Lighthouse
 *   npm run bench:site -- --incidents 10000,50000   # one run per incident count
 *   npm run bench:site -- --no-lighthouse
 * Each run: seed a temporary SQLite database → snapshot → `npm run build -w site` (Astro + Pagefind)
 * into a temporary folder, twice (the second build reuses Astro's image cache, as a developer's does).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEFAULT_INCIDENTS } from '../cms/src/seed/defaults'
import { buildSite, makeSeededSnapshot } from '../scripts/lib/siteBuild'
import { checkBudgets, formatBudgetTable } from '../site/scripts/lib/budgets'
import { listPages } from '../site/scripts/lib/sitePages'
import { formatLighthouseTable, runLighthouse } from '../site/scripts/lighthouse'

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: String(DEFAULT_INCIDENTS) },
    now: { type: 'string', default: '2026-11-15' },
    'no-lighthouse': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help) {
  console.log(`Usage: npm run bench:site -- [--incidents N[,N…]] [--now YYYY-MM-DD] [--no-lighthouse] [--keep]

  --incidents      incident counts to seed, one run each (default ${DEFAULT_INCIDENTS}, the default seed)
  --now            the date the seed and the build are anchored to (default 2026-11-15)
  --no-lighthouse  skip the Lighthouse runs (about 10 s per template)
  --keep           keep the temporary folders (their paths are printed)`)
  process.exit(0)
}

const counts = values.incidents.split(',').map((s) => Number(s.replace(/_/g, '')))
console.log(`Site build benchmark on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.versions.node}\n`)

for (const incidents of counts) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-site-${incidents}-`))
  console.log(`== ${incidents.toLocaleString('en')} incidents (${dir})`)
  const seeded = await makeSeededSnapshot({ dir, incidents, now: values.now })
  const snapshotBytes = fs.statSync(path.join(seeded.snapshot, 'content.json')).size
  console.log(`seed ${(seeded.seededMs / 1000).toFixed(1)} s, snapshot ${(seeded.snapshotMs / 1000).toFixed(1)} s (content.json ${(snapshotBytes / 2 ** 20).toFixed(1)} MiB)`)
  const outDir = path.join(dir, 'dist')
  for (const label of ['build', 'rebuild']) {
    const build = await buildSite({ snapshot: seeded.snapshot, outDir, routesFile: path.join(dir, 'routes.json'), buildDate: values.now })
    const pages = listPages(outDir).length
    const astroLine = /\[build\] (\d+) page\(s\) built in ([\d.]+m?s)/.exec(build.output)
    console.log(
      `${label.padEnd(7)} ${(build.ms / 1000).toFixed(1)} s for ${pages} HTML pages = ${(pages / (build.ms / 1000)).toFixed(1)} pages/s${astroLine ? ` (Astro reports ${astroLine[1]} pages in ${astroLine[2]})` : ''}`,
    )
  }
  console.log(`\nPage weight per text template (heaviest page of each, gzip):\n${formatBudgetTable(checkBudgets(outDir))}\n`)
  if (!values['no-lighthouse']) {
    const rows = await runLighthouse(outDir)
    console.log(`Lighthouse (mobile):\n${formatLighthouseTable(rows)}\n`)
  }
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true })
}
