/**
 * `npm run snapshot -- --out <dir>`: the published content as JSON plus its media files, for building
 * the site (and running its tests) without a running CMS. Run with tsx (see seed/cli.ts for why).
 */
import path from 'node:path'

import { parseCommandLine, runCommand, withPayload } from '../cli/command'

const USAGE = `Usage: npm run snapshot -- [--out DIR] [--without-incidents] [--quiet]

Exports what an anonymous reader can see (published documents, verified incidents, site settings)
from the CMS database (DATABASE_URI) into DIR/content.json and DIR/media/. Build the site from it with
  CMS_SNAPSHOT=DIR npm run build -w site

Options:
  --out DIR              target folder (default: site/.snapshot)
  --without-incidents    leave incidents out (smaller; the monitor's pages will be empty)
  --quiet                no progress output
  -h, --help             show this help`

runCommand('Snapshot failed', async () => {
  const { values } = parseCommandLine(USAGE, {
    options: {
      out: { type: 'string' },
      'without-incidents': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const { CMS_ROOT, env } = await import('../env.js')
  const { exportSnapshot } = await import('./index.js')
  const { createProgress } = await import('../seed/progress.js')
  const out = values.out ?? path.resolve(CMS_ROOT, '..', 'site', '.snapshot')
  await withPayload(async (payload) => {
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
  })
})
