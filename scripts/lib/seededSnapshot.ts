/**
 * Child-process script: seeds a fresh SQLite database in DIR and exports a site snapshot from it
 * (DIR/snapshot). Used by the site's test setup and `npm run bench:site`; nothing is written into
 * the repository (no credentials file, media and database in DIR). Prints one line of JSON.
 *   tsx scripts/lib/seededSnapshot.ts --dir /tmp/x --incidents 400 --now 2026-11-15
 * Run as its own process because the CMS reads its environment once, at import.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    incidents: { type: 'string', default: '400' },
    now: { type: 'string', default: '2026-11-15' },
  },
})
if (!values.dir) throw new Error('--dir is required')
const dir = path.resolve(values.dir)
fs.mkdirSync(dir, { recursive: true })

process.env.DATABASE_URI = `file:${path.join(dir, 'db.sqlite')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.MAIL_DIR = path.join(dir, 'mail')
process.env.PAYLOAD_SECRET ??= 'site-tests-secret-not-for-production-0123456789'
process.env.ADMIN_EMAIL = 'admin@example.org'
process.env.ADMIN_PASSWORD = 'site-tests-admin-password-1'

const started = Date.now()
const { getPayload } = await import('payload')
const { default: config } = await import('../../cms/src/payload.config')
const { seed } = await import('../../cms/src/seed')
const { exportSnapshot } = await import('../../cms/src/snapshot')
const payload = await getPayload({ config, key: 'seeded-snapshot' })
const quiet = { phase: () => ({ tick: () => undefined, done: () => 0 }), log: () => undefined }
try {
  await seed(payload, {
    incidents: Number(values.incidents),
    now: new Date(`${values.now}T12:00:00.000Z`),
    quiet: true,
    credentialsFile: false,
    log: () => undefined,
    progress: quiet,
  })
  const seededMs = Date.now() - started
  const summary = await exportSnapshot(payload, { out: path.join(dir, 'snapshot'), mediaDir: process.env.MEDIA_DIR, progress: quiet })
  console.log(JSON.stringify({ dir, database: path.join(dir, 'db.sqlite'), snapshot: summary.out, counts: summary.counts, seededMs, snapshotMs: summary.ms }))
} finally {
  await payload.destroy()
}
process.exit(0)
