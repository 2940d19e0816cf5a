/**
 * `npm run seed` (from the repository root or cms/): fills the configured database with demo content.
 * Run with tsx and a relative config import rather than `payload run`, which can exit without
 * running the script (payload#17757).
 */

import { parseCommandLine, runCommand, usageError, withPayload } from '../cli/command'

import { DEFAULT_INCIDENTS, DEFAULT_SEED } from './defaults'
import type { SeedSummary } from './index'

const USAGE = `Usage: npm run seed -- [options]

Fills the CMS database (DATABASE_URI, SQLite by default) with demo content: users, site settings,
pages, team, partners, publications with PDFs, the law compendium, news with images, vacancies,
procurement notices and firearm incidents. Safe to run again: only missing documents are added.

Options:
  --incidents N      number of incidents to generate (default ${DEFAULT_INCIDENTS.toLocaleString('en-GB')})
  --seed N           random seed; the same seed gives the same content (default ${DEFAULT_SEED})
  --only WHAT        'incidents' or 'content' (everything except incidents)
  --now YYYY-MM-DD   date the content is anchored to (default today)
  --local-api        insert incidents one by one through the Local API instead of in bulk
  --json             print the summary as one line of JSON, the last line of the output
  --if-empty         do nothing when the database already has content (used by npm start)
  --quiet            no progress output (generated passwords are still printed)
  -h, --help         show this help

Environment: DATABASE_URI, PAYLOAD_SECRET, MEDIA_DIR, ADMIN_EMAIL and ADMIN_PASSWORD (first admin;
without them a development password is generated, printed once and saved to cms/data/dev-credentials.txt).`

const fail = (message: string): never => usageError(USAGE, message)

function parse() {
  const { values } = parseCommandLine(USAGE, {
    options: {
      incidents: { type: 'string' },
      seed: { type: 'string' },
      only: { type: 'string' },
      now: { type: 'string' },
      'local-api': { type: 'boolean', default: false },
      'if-empty': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const int = (name: string, raw: string | undefined, min: number): number | undefined => {
    if (raw === undefined) return undefined
    const n = Number(raw.replace(/[_,]/g, ''))
    if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number of at least ${min}.`)
    return n
  }
  if (values.only !== undefined && values.only !== 'incidents' && values.only !== 'content')
    fail("--only must be 'incidents' or 'content'.")
  let now: Date | undefined
  if (values.now !== undefined) {
    now = new Date(`${values.now}T12:00:00.000Z`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.now) || Number.isNaN(now.getTime()))
      fail('--now must be a date such as 2026-11-22.')
  }
  return {
    help: values.help,
    json: values.json,
    quiet: values.quiet,
    localApi: values['local-api'],
    ifEmpty: values['if-empty'],
    only: values.only as 'incidents' | 'content' | undefined,
    incidents: int('incidents', values.incidents, 0),
    seed: int('seed', values.seed, 0),
    now,
  }
}

function report(summary: SeedSummary): string {
  const lines = ['', 'Collection             created  existing    total']
  for (const [collection, total] of Object.entries(summary.totals)) {
    const c = summary.counts[collection] ?? { created: 0, existing: 0 }
    lines.push(
      `${collection.padEnd(22)} ${String(c.created).padStart(7)} ${String(c.existing).padStart(9)} ${String(total).padStart(8)}`,
    )
  }
  lines.push('', 'Phase timings:')
  for (const [phase, ms] of Object.entries(summary.timings))
    lines.push(`  ${phase.padEnd(20)} ${(ms / 1000).toFixed(2).padStart(7)} s`)
  lines.push(`  ${'total'.padEnd(20)} ${(summary.totalMs / 1000).toFixed(2).padStart(7)} s`)
  if (summary.incidents?.inserted) {
    const i = summary.incidents
    lines.push(
      '',
      `Incidents: ${i.inserted.toLocaleString('en-GB')} inserted via ${i.path} in ${i.seconds.toFixed(2)} s = ${Math.round(i.perSecond).toLocaleString('en-GB')} incidents/s`,
    )
  }
  return lines.join('\n')
}

runCommand('Seed failed', async () => {
  const args = parse()
  if (args.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const { isDatabaseEmpty, seed } = await import('./index.js')
  await withPayload(async (payload) => {
    if (args.ifEmpty && !(await isDatabaseEmpty(payload))) {
      process.stdout.write('The database already has content: not seeding (drop --if-empty to add what is missing).\n')
      return
    }
    const summary = await seed(payload, {
      seed: args.seed,
      incidents: args.incidents,
      only: args.only,
      quiet: args.quiet,
      now: args.now,
      bulkIncidents: !args.localApi,
    })
    if (args.json) process.stdout.write(`${JSON.stringify(summary)}\n`)
    else if (!args.quiet) process.stdout.write(`${report(summary)}\n`)
  })
})
