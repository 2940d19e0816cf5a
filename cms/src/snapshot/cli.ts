/**
 * `npm run snapshot -- --out <dir>`: the published content as JSON plus its media files, for building
 * the site (and running its tests) without a running CMS. Run with tsx (see seed/cli.ts for why).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

const USAGE = `Usage: npm run snapshot -- [--out DIR] [--without-incidents] [--quiet]

Exports what an anonymous reader can see (published documents, verified incidents, site settings)
from the CMS database (DATABASE_URI) into DIR/content.json and DIR/media/. Build the site from it with
  CMS_SNAPSHOT=DIR npm run build -w site

Options:
  --out DIR              target folder (default: site/.snapshot)
  --without-incidents    leave incidents out (smaller; the monitor's pages will be empty)
  --quiet                no progress output
  -h, --help             show this help`

async function main(): Promise<void> {
  let values
  try {
    values = parseArgs({
      options: {
        out: { type: 'string' },
        'without-incidents': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`)
    process.exit(2)
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config.js')
  const { CMS_ROOT, env } = await import('../env.js')
  const { exportSnapshot } = await import('./index.js')
  const { createProgress } = await import('../seed/progress.js')
  const out = values.out ?? path.resolve(CMS_ROOT, '..', 'site', '.snapshot')
  const payload = await getPayload({ config })
  try {
    const quietProgress = { phase: () => ({ tick: () => undefined, done: () => 0 }), log: () => undefined }
    const summary = await exportSnapshot(payload, {
      out,
      mediaDir: path.resolve(CMS_ROOT, env.MEDIA_DIR),
      withoutIncidents: values['without-incidents'],
      progress: values.quiet ? quietProgress : createProgress(),
    })
    const counts = Object.entries(summary.counts).map(([c, n]) => `${c} ${n}`).join(', ')
    process.stdout.write(
      `Snapshot written to ${summary.out}: ${counts}; ${summary.mediaFiles} media files; content.json ${(summary.bytes / 1048576).toFixed(1)} MiB in ${(summary.ms / 1000).toFixed(1)} s\n`,
    )
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Snapshot failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
