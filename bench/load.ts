/**
 * Load on loopback with autocannon: the public list endpoints the site's readers hit (news,
 * publications, incidents) and the newsletter subscribe endpoint, against a CMS in its own process
 * (so its memory is measured apart from the load generator) on a copy of a seeded SQLite database.
 * Prints figures; asserts nothing.
 *   npm run bench:load                                   # 50 connections × 30 s per endpoint
 *   npm run bench:load -- --duration 10 --connections 20 --db path/to/db.sqlite --media path/to/media
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { startCmsProcess, type MemoryFigures } from '../scripts/lib/cmsProcess'
import { makeSeededSnapshot } from '../scripts/lib/siteBuild'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string' },
    media: { type: 'string' },
    'min-requests': { type: 'string', default: '100000' },
    'sample-every': { type: 'string', default: '10000' },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help) {
  console.log(`Usage: npm run bench:load -- [--duration 30] [--connections 50] [--db file.sqlite --media dir] [--min-requests 100000] [--sample-every 10000]
  Each endpoint for --duration seconds with --connections connections; then the list endpoints again
  until --min-requests requests in all. The CMS's memory (after a full GC) every --sample-every requests.
  Without --db a temporary database is seeded (150 incidents) first.`)
  process.exit(0)
}
const duration = Number(values.duration)
const connections = Number(values.connections)
const minRequests = Number(values['min-requests'])
const sampleEvery = Number(values['sample-every'])

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'))
let database = values.db
let mediaDir = values.media ?? path.join(tmp, 'media')
if (!database) {
  process.stdout.write('seeding a temporary database… ')
  const seeded = await makeSeededSnapshot({ dir: path.join(tmp, 'seed'), incidents: 150, now: new Date().toISOString().slice(0, 10) })
  database = seeded.database
  mediaDir = path.join(tmp, 'seed', 'media')
  console.log(`${(seeded.seededMs / 1000).toFixed(1)} s`)
}
const cms = await startCmsProcess({ dir: path.join(tmp, 'cms'), database, mediaDir, exposeGc: true, timeoutMs: 180_000 })
const memory = () => cms.command<MemoryFigures>({ cmd: 'memory', gc: true })
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1)

console.log(`Load on loopback: ${os.cpus().length} cores (load ${os.loadavg()[0]!.toFixed(1)}), Node ${process.versions.node}, ${connections} connections, ${duration} s per endpoint, CMS pid ${cms.pid} (ready in ${(cms.readyMs / 1000).toFixed(1)} s)\n`)

const samples: { requests: number; memory: MemoryFigures }[] = [{ requests: 0, memory: await memory() }]
let total = 0
let nextSample = sampleEvery
let sampling: Promise<void> = Promise.resolve()
const counted = () => {
  total++
  if (total >= nextSample) {
    const at = nextSample
    nextSample += sampleEvery
    sampling = sampling.then(async () => {
      samples.push({ requests: at, memory: await memory() })
    })
  }
}

let email = 0
const targets = [
  { label: 'GET /api/news (20, serbia)', path: '/api/news?limit=20&depth=0&where[jurisdictions][in]=serbia&sort=-date' },
  { label: 'GET /api/publications (20)', path: '/api/publications?limit=20&depth=0&sort=-date' },
  { label: 'GET /api/incidents (20, serbia)', path: '/api/incidents?limit=20&depth=0&where[jurisdiction][equals]=serbia&sort=-date' },
  {
    label: 'POST /api/newsletter/subscribe',
    path: '/api/newsletter/subscribe',
    method: 'POST' as const,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    // A new address each time; from one client address, so the rate limiter answers 429 soon (intended).
    setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify({ email: `load${email++}@example.org`, consentVersion: '2026-11', source: '/newsletter/' }) }),
  },
]

async function hit(target: (typeof targets)[number]) {
  let finish: (result: autocannon.Result) => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)))
  const instance = autocannon(
    { url: cms.url, connections, duration, requests: [{ method: target.method ?? 'GET', path: target.path, headers: target.headers, ...(target.setupRequest ? { setupRequest: target.setupRequest } : {}) }] },
    (error, result) => (error ? fail(error) : finish(result)),
  )
  const latencies: number[] = []
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms)
    counted()
  })
  const r = await done
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => `${(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN).toFixed(1).padStart(6)} ms`
  const statuses = Object.entries(r.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${(s as { count: number }).count}`)
    .join(' ')
  console.log(`${target.label.padEnd(32)} ${String(Math.round(r.requests.average)).padStart(5)} req/s  p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  statuses ${statuses}  errors ${r.errors}  timeouts ${r.timeouts}`)
  return r
}

for (const target of targets) await hit(target)
for (let round = 0; total < minRequests; round++) await hit(targets[round % 3]!)
await sampling
samples.push({ requests: total, memory: await memory() })

console.log('\nCMS memory after a full GC:\n  requests      rss MB   heap MB')
for (const s of samples) console.log(`  ${String(s.requests).padStart(8)}  ${mb(s.memory.rss).padStart(9)}  ${mb(s.memory.heapUsed).padStart(8)}`)
// Least-squares slope of heap after GC against requests, skipping the first sample (warm-up).
const points = samples.slice(1).map((s) => [s.requests / sampleEvery, s.memory.heapUsed / 2 ** 20] as const)
const n = points.length
const mx = points.reduce((a, [x]) => a + x, 0) / n
const my = points.reduce((a, [, y]) => a + y, 0) / n
const slope = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / Math.max(1e-9, points.reduce((a, [x]) => a + (x - mx) ** 2, 0))
console.log(`\nheap trend: ${slope >= 0 ? '+' : ''}${slope.toFixed(3)} MB per ${sampleEvery.toLocaleString('en')} requests over ${total.toLocaleString('en')} requests (after warm-up)`)
const openFiles = await cms.command<{ count: number }>({ cmd: 'openFiles' })
console.log(`CMS open file descriptors at the end: ${openFiles.count}`)

await cms.kill('SIGTERM')
fs.rmSync(tmp, { recursive: true, force: true })
process.exit(0)
