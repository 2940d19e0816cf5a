/**
 * One command for a newcomer: seed the embedded database if it is empty, build and start the CMS
 * (which also runs the jobs queue: scheduled publishing, campaigns), start the publishing runner
 * (first build of the site, then a rebuild whenever published content changes; it serves the live
 * release), print the URLs, stop everything on Ctrl-C.
 *   npm start            production build, as readers and editors will get it
 *   npm run dev          hot reload for development
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { CMS_DIR as CMS, ROOT, isCmsBuildStale } from './lib/cmsBuild'

const SITE = path.join(ROOT, 'site')
const BIN = path.join(ROOT, 'node_modules', '.bin')

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm start [-- --dev] [-- --no-seed] [-- --rebuild]

Starts the clearinghouse locally on the embedded SQLite database:
  1. seeds cms/data/clearinghouse.db when it is empty (npm run seed for options),
  2. builds the CMS when its sources changed and starts it (admin at /admin, REST at /api),
  3. starts the publishing runner: it builds the static site, serves it, and rebuilds it within a
     minute of every publish (README "Publishing").
Environment: CMS_PORT (3000), SITE_PORT (4321), DATABASE_URI, PAYLOAD_SECRET, ADMIN_EMAIL, ADMIN_PASSWORD,
PUBLISH_QUIET_SECONDS (10), PUBLISH_DEPLOY_HOOK_URL.
Options:
  --dev       hot-reloading dev servers instead of production builds
  --no-seed   do not seed an empty database
  --rebuild   rebuild the CMS even when its sources have not changed`)
  process.exit(0)
}
const dev = args.includes('--dev')

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: run through npm (npm start), which uses the pinned Node 22 from node_modules.`)
  process.exit(1)
}

const CMS_PORT = process.env.CMS_PORT ?? '3000'
const SITE_PORT = process.env.SITE_PORT ?? '4321'
const PREVIEW_PORT = process.env.SITE_PREVIEW_PORT ?? '4322'
const CMS_URL = process.env.CMS_URL ?? `http://localhost:${CMS_PORT}`

/** A stable local secret so admin sessions survive restarts; production sets PAYLOAD_SECRET itself. */
function localSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(CMS, 'data', '.payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`,
  PAYLOAD_SECRET: localSecret(),
  // Shared by the CMS and the publishing runner started below; a new one each start is enough.
  PUBLISH_RUNNER_SECRET: process.env.PUBLISH_RUNNER_SECRET ?? randomBytes(24).toString('hex'),
  CMS_PORT,
  SITE_PORT,
  CMS_URL,
  // Where the admin's Preview button sends editors (the preview server started below).
  SITE_PREVIEW_URL: process.env.SITE_PREVIEW_URL ?? `http://localhost:${dev ? SITE_PORT : PREVIEW_PORT}`,
  NEXT_TELEMETRY_DISABLED: '1',
}

const children: ChildProcess[] = []

function run(cmd: string, cmdArgs: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd, env: { ...env, ...extraEnv }, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${code}`))))
  })
}

function serve(name: string, cmd: string, cmdArgs: string[], cwd: string, extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(cmd, cmdArgs, { cwd, env: { ...env, ...extraEnv }, stdio: 'inherit', detached: true })
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} stopped (${signal ?? `exit ${code}`}); shutting down.`)
      void stop(1)
    }
  })
  children.push(child)
  return child
}

let stopping = false
async function stop(code = 0): Promise<never> {
  stopping = true
  for (const child of children) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err
      }
    }
  }
  await new Promise((r) => setTimeout(r, 300))
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet: try again below
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

async function main() {
  if (!args.includes('--no-seed')) {
    console.log('› Checking the database (seeding it if empty)…')
    await run('tsx', ['src/seed/cli.ts', '--if-empty'], CMS)
  }

  if (dev) {
    serve('CMS (dev)', 'next', ['dev', '--port', CMS_PORT], CMS)
  } else {
    if (isCmsBuildStale() || args.includes('--rebuild')) {
      console.log('› Building the CMS (first start or sources changed; about a minute)…')
      await run('next', ['build'], CMS, { NODE_ENV: 'production' })
    }
    serve('CMS', 'next', ['start', '--port', CMS_PORT], CMS, { NODE_ENV: 'production' })
  }
  await waitFor(`${CMS_URL}/api/globals/site-settings`, 180_000)

  const hasSite = fs.existsSync(path.join(SITE, 'package.json'))
  if (hasSite) {
    if (dev) {
      // The dev server doubles as the preview server.
      serve('site (dev)', 'npm', ['run', 'dev', '--', '--port', SITE_PORT], SITE, { SITE_PREVIEW: '1' })
    } else {
      console.log('› Starting the publishing runner (the first build of the site takes a minute or two)…')
      serve('publishing runner', 'tsx', ['scripts/publish/cli.ts'], ROOT, { PUBLISH_SERVE_PORT: SITE_PORT })
      // Drafts in the site's real templates, rendered on demand for the admin's Preview button.
      serve('preview server', 'npm', ['run', 'dev', '--', '--port', PREVIEW_PORT, '--host', '127.0.0.1'], SITE, { SITE_PREVIEW: '1', SITE_PORT: PREVIEW_PORT })
    }
    await waitFor(`http://localhost:${SITE_PORT}/`, 600_000)
  }

  console.log(`
  ┌──────────────────────────────────────────────────────────────
  │ CMS admin   ${CMS_URL}/admin
  │ REST API    ${CMS_URL}/api   (e.g. ${CMS_URL}/api/incidents?limit=5)
  │ GraphQL     ${CMS_URL}/api/graphql${hasSite ? `\n  │ Site        http://localhost:${SITE_PORT}/  (rebuilt by the publishing runner after each publish)` : ''}${hasSite && !dev ? `\n  │ Preview     http://localhost:${PREVIEW_PORT}/  (drafts, opened by the admin's Preview button)` : ''}
  │ Dev sign-in cms/data/dev-credentials.txt (unless ADMIN_EMAIL was set)
  │ Stop        Ctrl-C
  └──────────────────────────────────────────────────────────────`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  void stop(1)
})
