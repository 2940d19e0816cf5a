/**
 * Monitor (AVMP) front-end benchmark in headless Chromium. Prints figures; asserts nothing.
 *   npm run bench:avmp -- --url http://localhost:4321          # a site already served
 *   npm run bench:avmp -- --dist site/dist                     # serve an existing build
 *   npm run bench:avmp -- --snapshot /work/main/site/.snapshot # build it into a temp folder first
 * For /avmp/map/, /avmp/incidents/ and /avmp/charts/: JS shipped (gzip), data decode time (the shared codec run in
 * the page), filter time, long tasks (> 50 ms) after load, and the time a filter change takes from
 * the URL change (history + popstate) to the end of the first frame that paints the re-rendered island.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

import type { Page } from 'playwright-core'

import { launchChromium } from '../scripts/lib/browser'
import { ROOT } from '../scripts/lib/cmsBuild'
import { buildSite } from '../scripts/lib/siteBuild'
import { serveStatic } from '../site/scripts/lib/serveStatic'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    dist: { type: 'string' },
    snapshot: { type: 'string' },
    jurisdiction: { type: 'string', default: 'serbia' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help || (!values.url && !values.dist && !values.snapshot)) {
  console.log(`Usage: npm run bench:avmp -- (--url URL | --dist DIR | --snapshot DIR) [--jurisdiction serbia] [--runs 5]

  --url           origin of a served build (e.g. http://localhost:4321); nothing is built
  --dist          serve this built site (e.g. site/dist) on a free local port
  --snapshot      build the site from this snapshot folder into a temporary folder, then serve it
  --jurisdiction  the filter applied for the filter-change timing (default serbia)
  --port          port for serving --dist/--snapshot (default: the first free one of 4361–4365)
  --runs          repetitions of the decode/filter/update timings (median reported; default 5)`)
  process.exit(values.help ? 0 : 1)
}
const runs = Math.max(1, Number(values.runs))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const ms = (x: number) => `${x.toFixed(1)} ms`
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`

let origin = values.url?.replace(/\/$/, '')
let close: (() => Promise<void>) | undefined
let tmp: string | undefined
if (!origin) {
  let dist = values.dist ? path.resolve(values.dist) : ''
  if (values.snapshot) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-avmp-'))
    dist = path.join(tmp, 'dist')
    console.log(`building from ${values.snapshot} into ${dist} …`)
    const build = await buildSite({
      snapshot: path.resolve(values.snapshot),
      outDir: dist,
      routesFile: path.join(tmp, 'routes.json'),
      buildDate: '2026-11-25',
    })
    console.log(`built in ${(build.ms / 1000).toFixed(0)} s`)
  }
  const server = await serveStatic(dist, {
    ports: values.port ? [Number(values.port)] : [4361, 4362, 4363, 4364, 4365],
  })
  origin = server.url
  close = () => server.close()
}

// The shared codec and filter, bundled for the page, so decode and filter are timed in Chromium.
const { build } = await import('esbuild')
const bundled = await build({
  stdin: {
    contents: `import { decodeIncidents, applyFilter, parseFilterQuery } from '@clearinghouse/shared/avmp'
      window.__avmpBench = { decodeIncidents, applyFilter, parseFilterQuery }`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  platform: 'browser',
})
const codecScript = bundled.outputFiles[0]?.text ?? ''

/** Long tasks are recorded from the start; the page reports those after its load event. */
const observeLongTasks = `
  window.__name = (f) => f // tsx's keep-names helper, used by the functions passed to page.evaluate
  window.__longTasks = []
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }) })
    .observe({ type: 'longtask', buffered: true })`

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

/**
 * From a Chromium trace: the renderer main thread's tasks after the page settled and during the
 * filter changes, as CPU time (`tdur`), which does not grow when other processes take the cores.
 */
function mainThreadCpu(trace: Buffer, runs: number): { settledLongest: number; updateLongest: number; perUpdate: number } | null {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((m) => m.name === 'bench:updates' && m.pid === e.pid))
  const mark = (name: string) => events.find((e) => e.name === name && e.pid === thread?.pid)?.ts
  const [settled, updates, done] = [mark('bench:settled'), mark('bench:updates'), mark('bench:done')]
  if (!thread || settled === undefined || updates === undefined || done === undefined) return null
  const tasks = events.filter((e) => e.name === 'RunTask' && e.pid === thread.pid && e.tid === thread.tid && e.tdur !== undefined)
  const navigationStart = tasks.reduce((m, e) => Math.min(m, e.ts), Infinity)
  const within = (from: number, to: number) => tasks.filter((e) => e.ts >= from && e.ts < to)
  const longest = (list: TraceEvent[]) => list.reduce((m, e) => Math.max(m, (e.tdur ?? 0) / 1000), 0)
  const during = within(updates, done)
  return {
    settledLongest: longest(within(navigationStart, settled)),
    updateLongest: longest(during),
    perUpdate: during.reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0) / runs,
  }
}

interface PageFigures {
  cpu: { settledLongest: number; updateLongest: number; perUpdate: number } | null
  jsGzip: number
  jsFiles: number
  decodeMs: number
  filterMs: number
  updateMs: number
  /** Charts drawn in the chart worker: milliseconds per redraw of the per-month chart (median). */
  workerDrawMs: number | null
  longTasks: { start: number; duration: number }[]
  updateLongTasks: { start: number; duration: number }[]
  rows: number
}

async function measure(
  page: Page,
  pagePath: string,
  readyCheck: string,
  scrollTo: string,
  changedCheck: () => string,
): Promise<PageFigures> {
  const js = new Map<string, number>()
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type === 'script' || response.url().endsWith('.js')) {
      void response.body().then(
        (body) => js.set(response.url(), zlib.gzipSync(body, { level: 9 }).length),
        () => undefined,
      )
    }
  })
  await page.addInitScript(observeLongTasks)
  // A trace as well: its tasks carry the main thread's CPU time, which a busy machine does not inflate.
  await page.context().browser()?.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] })
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' })
  await page.waitForFunction(readyCheck, undefined, { timeout: 60_000 })
  // The reader looks at the map or the first charts, not at the filter panel above them.
  await page.locator(scrollTo).first().scrollIntoViewIfNeeded()
  await page.waitForTimeout(1500)
  const loadPhaseEnd = await page.evaluate(() => (performance.mark('bench:settled'), performance.now()))
  await page.addScriptTag({ content: codecScript })

  const timing = await page.evaluate(
    async ({ runs, jurisdiction }) => {
      type Bench = {
        decodeIncidents: (b: Uint8Array) => { length: number }
        applyFilter: (d: unknown, f: unknown) => Uint32Array
        parseFilterQuery: (p: URLSearchParams) => unknown
      }
      const bench = (window as unknown as { __avmpBench: Bench }).__avmpBench
      const manifest = (await (await fetch('/avmp/data/latest.json')).json()) as { core: string }
      const bytes = new Uint8Array(await (await fetch(manifest.core)).arrayBuffer())
      const decode: number[] = []
      const filter: number[] = []
      let data = bench.decodeIncidents(bytes)
      let rows = 0
      for (let i = 0; i < runs; i++) {
        // One run per task: the benchmark's own work must not count as the page's long tasks.
        await new Promise((resolve) => setTimeout(resolve, 20))
        let t = performance.now()
        data = bench.decodeIncidents(bytes)
        decode.push(performance.now() - t)
        t = performance.now()
        rows = bench.applyFilter(data, bench.parseFilterQuery(new URLSearchParams({ jurisdiction }))).length
        filter.push(performance.now() - t)
      }
      return { decode, filter, rows, length: data.length }
    },
    { runs, jurisdiction: values.jurisdiction ?? 'serbia' },
  )

  const updatesStart = await page.evaluate(() => (performance.mark('bench:updates'), performance.now()))
  const updates: number[] = []
  const workerDraws: number[] = []
  for (let i = 0; i < runs; i++) {
    const query = i % 2 === 0 ? `?jurisdiction=${values.jurisdiction}` : ''
    const elapsed = await page.evaluate(
      async ({ query, check }) => {
        const stateOf = new Function(`return (${check})`) as () => string
        const start = stateOf()
        const t0 = performance.now()
        history.pushState(null, '', `${location.pathname}${query}`)
        dispatchEvent(new PopStateEvent('popstate'))
        // Checked at each frame: the first frame that finds the island updated is the one that
        // paints it, and a message posted from its animation-frame callback runs once that frame's
        // style, layout and paint are done (the usual "next paint" measure).
        await new Promise<void>((resolve) => {
          const poll = () => {
            const now = stateOf()
            if (now !== start && now.endsWith(':done')) {
              const channel = new MessageChannel()
              channel.port1.onmessage = () => resolve()
              channel.port2.postMessage(null)
            } else requestAnimationFrame(poll)
          }
          requestAnimationFrame(poll)
        })
        return performance.now() - t0
      },
      { query, check: changedCheck() },
    )
    updates.push(elapsed)
    const drawMs = await page.evaluate(() => document.querySelector('[data-chart="per-month"]')?.getAttribute('data-draw-ms'))
    if (drawMs) workerDraws.push(Number(drawMs))
  }
  await page.evaluate(() => performance.mark('bench:done'))
  const trace = await page.context().browser()?.stopTracing()
  const cpu = trace ? mainThreadCpu(trace, runs) : null
  const navigation = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0,
  )
  const allLongTasks = (await page.evaluate('window.__longTasks')) as { start: number; duration: number }[]
  // After load while the page settles, and while the filter changes are applied (not the benchmark's own decode runs in between).
  const longTasks = allLongTasks.filter((t) => t.start >= navigation && t.start < loadPhaseEnd)
  const updateLongTasks = allLongTasks.filter((t) => t.start >= updatesStart)
  await page.waitForTimeout(200)
  const jsGzip = [...js.values()].reduce((a, b) => a + b, 0)
  return {
    cpu,
    jsGzip,
    jsFiles: js.size,
    decodeMs: median(timing.decode),
    filterMs: median(timing.filter),
    updateMs: median(updates),
    workerDrawMs: workerDraws.length ? median(workerDraws) : null,
    longTasks,
    updateLongTasks,
    rows: timing.length,
  }
}

const browser = await launchChromium()
try {
  console.log(
    `AVMP front-end benchmark against ${origin} (Chromium headless, ${os.cpus().length} cores, median of ${runs})\n`,
  )
  const pages = [
    {
      path: '/avmp/map/',
      ready: `document.querySelector('[data-testid="incident-map"][data-rendered]')`,
      scrollTo: '[data-testid="incident-map"]',
      // The map has re-rendered once its clusters were drawn for a new index version.
      changed: () =>
        `(document.querySelector('[data-testid="incident-map"]')?.getAttribute('data-rendered') ?? '') + ':done'`,
    },
    {
      path: '/avmp/incidents/',
      ready: `document.querySelector('.avmp-list[data-ready]')`,
      scrollTo: '[data-testid="avmp-incidents"]',
      // The list has re-rendered once its range line names the new number of matches.
      changed: () => `(document.querySelector('[data-testid="avmp-list-range"]')?.textContent ?? '') + ':done'`,
    },
    {
      path: '/avmp/charts/',
      ready: `document.querySelectorAll('section[data-chart][data-state]').length >= 7`,
      scrollTo: 'section[data-chart="per-month"]',
      // The charts have re-rendered once every chart on screen shows the new number of matching incidents (drawn one per task); charts off screen are drawn when scrolled to.
      changed: () =>
        `(() => { const n = document.querySelector('.avmp-charts [data-matching]')?.getAttribute('data-matching') ?? ''
          const all = [...document.querySelectorAll('section[data-chart]')].every((s) => s.getAttribute('data-state') === 'deferred' || (s.getAttribute('data-state') === 'drawn' && s.getAttribute('data-rows') === n))
          return n + (all ? ':done' : ':pending') })()`,
    },
  ]
  for (const p of pages) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const f = await measure(page, p.path, p.ready, p.scrollTo, p.changed)
    const worst = f.longTasks.reduce((m, t) => Math.max(m, t.duration), 0)
    console.log(`${p.path}  (${f.rows.toLocaleString('en')} incidents)`)
    console.log(`  JS shipped            ${kb(f.jsGzip)} gzip in ${f.jsFiles} files (main thread + worker)`)
    console.log(`  data decode           ${ms(f.decodeMs)}`)
    console.log(`  filter (jurisdiction) ${ms(f.filterMs)}`)
    console.log(`  filter change → frame ${ms(f.updateMs)} (URL + popstate to the end of the first frame that paints the change)`)
    if (f.workerDrawMs !== null) console.log(`  per-month chart redraw in the chart worker ${ms(f.workerDrawMs)} (off the main thread)`)
    const worstUpdate = f.updateLongTasks.reduce((m, t) => Math.max(m, t.duration), 0)
    if (f.cpu) {
      console.log(`  main-thread CPU (trace, unaffected by other load on the machine):`)
      console.log(`    longest task from navigation to settled   ${ms(f.cpu.settledLongest)}`)
      console.log(`    longest task during the filter changes     ${ms(f.cpu.updateLongest)}`)
      console.log(`    per filter change (all tasks)              ${ms(f.cpu.perUpdate)}`)
    }
    console.log(`  long tasks after load ${f.longTasks.length}${f.longTasks.length ? ` (longest ${ms(worst)})` : ''}`)
    console.log(
      `  long tasks in the ${runs} filter changes ${f.updateLongTasks.length}${f.updateLongTasks.length ? ` (longest ${ms(worstUpdate)})` : ''}\n`,
    )
    await context.close()
  }
} finally {
  await browser.close()
  await close?.()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
}
