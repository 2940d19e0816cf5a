/**
 * Seed throughput on a fresh temporary SQLite database. Prints figures; asserts nothing.
 *   npm run bench                       # 50,000 incidents (bulk path) + 1,000 through the Local API
 *   npx tsx bench/seed.ts --incidents 100000 --full
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: '50000' },
    'local-api': { type: 'string', default: '1000' },
    full: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help) {
  console.log('Usage: tsx bench/seed.ts [--incidents N] [--local-api N] [--full]\n  --full  also time the whole default content seed (news, publications with PDFs, laws, images…)')
  process.exit(0)
}

async function run(label: string, dbName: string, options: Record<string, unknown>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-seed-${dbName}-`))
  process.env.DATABASE_URI = `file:${path.join(dir, 'db.sqlite')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/src/payload.config')
  const { seed } = await import('../cms/src/seed')
  const payload = await getPayload({ config, key: `bench-${dbName}` })
  const summary = await seed(payload, { quiet: true, credentialsFile: false, log: () => undefined, ...options })
  await payload.destroy()
  const dbBytes = fs.statSync(path.join(dir, 'db.sqlite')).size
  fs.rmSync(dir, { recursive: true, force: true })
  return { label, summary, dbBytes }
}

// env.ts is read once per process: each run is a child process with its own fresh database.
const mode = process.env.BENCH_SEED_MODE
if (mode) {
  const count = Number(process.env.BENCH_SEED_COUNT)
  const res = await run(mode, mode, mode === 'full' ? { incidents: count } : { only: 'incidents', incidents: count, bulkIncidents: mode === 'bulk' })
  const inc = res.summary.incidents
  console.log(
    JSON.stringify({ mode, count, perSecond: inc?.perSecond, seconds: inc?.seconds, totalMs: res.summary.totalMs, timings: res.summary.timings, dbMiB: +(res.dbBytes / 2 ** 20).toFixed(1) }),
  )
  process.exit(0)
}

const { execFileSync } = await import('node:child_process')
const self = new URL(import.meta.url).pathname
const runs: [string, string][] = [
  ['bulk', values.incidents],
  ['local-api', values['local-api']],
]
if (values.full) runs.push(['full', '10000'])
console.log(`Seed benchmark on ${os.cpus().length} cores, Node ${process.versions.node}, SQLite (fresh temporary file per run)\n`)
for (const [m, count] of runs) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', self], { env: { ...process.env, BENCH_SEED_MODE: m, BENCH_SEED_COUNT: count }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const line = out.trim().split('\n').pop() ?? '{}'
  const r = JSON.parse(line) as { mode: string; count: number; perSecond?: number; seconds?: number; totalMs: number; timings: Record<string, number>; dbMiB: number }
  if (m === 'full') {
    console.log(`full default seed (content + ${r.count.toLocaleString('en')} incidents): ${(r.totalMs / 1000).toFixed(1)} s, database ${r.dbMiB} MiB`)
    for (const [phase, ms] of Object.entries(r.timings)) console.log(`  ${phase.padEnd(22)} ${(ms / 1000).toFixed(2)} s`)
  } else {
    console.log(`${m.padEnd(10)} ${r.count.toLocaleString('en').padStart(7)} incidents: ${Math.round(r.perSecond ?? 0).toLocaleString('en')} incidents/s (${(r.seconds ?? 0).toFixed(1)} s), database ${r.dbMiB} MiB`)
  }
}
