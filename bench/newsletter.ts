/**
 * Newsletter subscribe endpoint on loopback: Payload's REST routing behind node:http (as in the
 * tests), a fresh SQLite file and a real in-process SMTP server. Prints figures; asserts nothing.
 *   npm run bench:newsletter                          # 1,000 signups, 20 in flight
 *   npm run bench:newsletter -- --requests 3000 --concurrency 50 --max-seconds 60   (per phase)
 *   NEWSLETTER_MIN_RESPONSE_MS=0 npm run bench:newsletter   # without the equal-time floor
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import { nextIp, startNewsletterCms } from '../cms/tests/helpers/newsletterHarness'

const { values } = parseArgs({ options: { requests: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '20' }, 'max-seconds': { type: 'string', default: '60' } } })
const total = Math.min(Number(values.requests), 20_000)
const concurrency = Math.min(Number(values.concurrency), 200)
const maxMs = Number(values['max-seconds']) * 1000

process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'
const cms = await startNewsletterCms('bench-newsletter')
const url = `${cms.base}/api/newsletter/subscribe`
const signup = (email: string, ip: string, extra: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip }, body: JSON.stringify({ email, consentVersion: '2026-11', source: '/newsletter/', ...extra }) })
const { solveChallenge } = await import('../cms/src/endpoints/newsletter/challenge')

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

async function load(label: string, make: (i: number) => Promise<Response>, n: number) {
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const t0 = performance.now()
  const deadline = Date.now() + maxMs
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n && Date.now() < deadline) {
        const i = next++
        const t = performance.now()
        const res = await make(i)
        await res.arrayBuffer()
        latencies.push(performance.now() - t)
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      }
    }),
  )
  const seconds = (performance.now() - t0) / 1000
  latencies.sort((a, b) => a - b)
  const f = (ms: number) => `${ms.toFixed(1)} ms`
  console.log(`${label}: ${latencies.length} requests in ${seconds.toFixed(1)} s → ${(latencies.length / seconds).toFixed(0)} req/s; p50 ${f(pct(latencies, 50))}, p95 ${f(pct(latencies, 95))}, p99 ${f(pct(latencies, 99))}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
}

console.log(`Newsletter subscribe on loopback, ${os.cpus().length} cores, Node ${process.versions.node}, concurrency ${concurrency}`)
// As the JavaScript form does: a challenge per client, solved before the clock starts (in the
// browser that happens while the person types). Each from its own address: below every limit.
const tickets: { ip: string; challenge: string; pow: string; minFillMs: number }[] = []
while (tickets.length < total) {
  const ip = nextIp()
  const c = (await (await fetch(`${cms.base}/api/newsletter/challenge`, { headers: { 'X-Forwarded-For': ip } })).json()) as { challenge: string; bits: number; minFillMs: number }
  tickets.push({ ip, challenge: c.challenge, pow: solveChallenge(c.challenge, c.bits), minFillMs: c.minFillMs })
}
await new Promise((r) => setTimeout(r, (tickets[0]?.minFillMs ?? 0) + 100))
await load('signups with solved challenges, new addresses, distinct clients', (i) => signup(`bench${i}@example.org`, tickets[i]!.ip, { challenge: tickets[i]!.challenge, pow: tickets[i]!.pow }), total)
await load('invalid bodies (400), distinct clients', () => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': nextIp() }, body: '{"email":"nope"}' }), total)
// One client address: the limits engage.
const ip = nextIp()
const seq: number[] = []
for (let i = 0; i < 80; i++) seq.push((await signup(`limit${i}@example.org`, ip)).status)
const first429 = seq.indexOf(429)
console.log(`one client, 80 signups without challenge in a row: ${seq.filter((s) => s === 200).length} × 200, ${seq.filter((s) => s === 429).length} × 429 (first 429 at request ${first429 + 1})`)
let flood = 0
for (let i = 0; i < 100; i++) if ((await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip }, body: '{' })).status === 429) flood++
console.log(`same client, 100 more requests of any kind: ${flood} × 429`)
await new Promise((r) => setTimeout(r, 500))
console.log(`confirmation e-mails received by the SMTP server: ${cms.inbox.messages.length}`)
await cms.close()
process.exit(0)
