/**
 * Lighthouse (mobile preset: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown) on one
 * page per text template of a built site, served locally. Exits 1 when Performance < 98 or
 * Accessibility < 100 on any of them.
 *   npm run lighthouse -w site                      # site/dist
 *   npm run lighthouse -w site -- --dir /tmp/dist   # another build
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { serveStatic } from './lib/serveStatic'
import { listPages, pagesByTextTemplate } from './lib/sitePages'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
export const THRESHOLDS: Partial<Record<Category, number>> = { performance: 98, accessibility: 100 }

export interface LighthouseRow {
  template: string
  urlPath: string
  scores: Record<Category, number>
  /** Largest Contentful Paint and Total Blocking Time (simulated), ms. */
  lcpMs: number
  tbtMs: number
  /** Audits that lost points (weighted ones), by category. */
  failedAudits: string[]
}

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Chrome's DevTools port, inside the project's agreed local range. */
const DEVTOOLS_PORT = 4348

/** Runs Lighthouse on one page per text template of `outDir`; one Chromium for all runs. */
export async function runLighthouse(outDir: string, log: (line: string) => void = () => undefined): Promise<LighthouseRow[]> {
  const targets = [...pagesByTextTemplate(listPages(outDir))].map(([template, pages]) => ({ template, urlPath: pages[0]?.urlPath ?? '/' }))
  const server = await serveStatic(outDir, { ports: [4346, 4347] })
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    port: DEVTOOLS_PORT,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
  const rows: LighthouseRow[] = []
  try {
    for (const target of targets) {
      const result = await lighthouse(`${server.url}${target.urlPath}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${target.urlPath}`)
      const { lhr } = result
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${target.urlPath}: ${lhr.runtimeError.message}`)
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>
      const failedAudits = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${lhr.audits[ref.id]?.title ?? ref.id} (${lhr.audits[ref.id]?.displayValue ?? `score ${lhr.audits[ref.id]?.score}`})`),
      )
      const row = {
        ...target,
        scores,
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        failedAudits,
      }
      rows.push(row)
      log(`${target.template} ${target.urlPath}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`)
    }
  } finally {
    chrome.kill()
    await server.close()
  }
  return rows
}

export function formatLighthouseTable(rows: LighthouseRow[]): string {
  const header = ['template', 'page', 'perf', 'a11y', 'best', 'seo', 'LCP', 'TBT']
  const lines = rows.map((r) => [r.template, r.urlPath, ...CATEGORIES.map((c) => String(r.scores[c])), `${(r.lcpMs / 1000).toFixed(1)} s`, `${r.tbtMs} ms`])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  return [fmt(header), ...lines.map(fmt)].join('\n')
}

/** Rows below a threshold, as readable lines. */
export function lighthouseFailures(rows: LighthouseRow[]): string[] {
  return rows.flatMap((r) =>
    Object.entries(THRESHOLDS)
      .filter(([c, min]) => r.scores[c as Category] < (min ?? 0))
      .map(([c, min]) => `${r.template} ${r.urlPath}: ${c} ${r.scores[c as Category]} < ${min}\n    ${r.failedAudits.filter((a) => a.startsWith(c)).join('\n    ')}`),
  )
}

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    console.log('Usage: npm run lighthouse -w site -- [--dir DIST]\nLighthouse (mobile) on one page per text template; fails if Performance < 98 or Accessibility < 100.')
    return 0
  }
  const started = Date.now()
  const rows = await runLighthouse(path.resolve(values.dir), (line) => console.error(line))
  if (rows.length === 0) {
    console.error(`No text-template pages in ${path.resolve(values.dir)}: build the site first.`)
    return 1
  }
  console.log(formatLighthouseTable(rows))
  const lost = rows.flatMap((r) => r.failedAudits.map((a) => `${r.template}: ${a}`))
  if (lost.length) console.log(`\nAudits that lost points:\n  ${lost.join('\n  ')}`)
  console.log(`\n${rows.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s; thresholds: Performance ≥ 98, Accessibility ≥ 100.`)
  const failures = lighthouseFailures(rows)
  if (failures.length) console.log(`\nBelow threshold:\n  ${failures.join('\n  ')}`)
  return failures.length ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
