/**
 * Seeded snapshot → static site build, in temporary folders: shared by the site's test setup and
 * `npm run bench:site`, so both measure exactly what a developer's `npm run build -w site` does.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from './cmsBuild'

export interface CommandResult {
  code: number | null
  output: string
  ms: number
}

/** Runs a command, collecting stdout and stderr together (printed by the caller only on failure). */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CommandResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output, ms: Date.now() - started })
    })
  })
}

/** The environment without the test runner's own variables, which would change how Vite and Astro behave. */
export function cleanEnv(extra: Record<string, string> & { NODE_ENV: 'production' | 'test' }): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|TEST$|NODE_ENV$|CMS_|SITE_|BUILD_DATE$|EMPTY_CONTENT$)/.test(key)) env[key] = value
  }
  return { ...env, ...extra }
}

export interface SeededSnapshot {
  dir: string
  database: string
  snapshot: string
  counts: Record<string, number>
  seededMs: number
  snapshotMs: number
}

/** A fresh SQLite database seeded deterministically in `dir`, and a snapshot of it (`dir/snapshot`). */
export async function makeSeededSnapshot(options: { dir: string; incidents: number; now: string }): Promise<SeededSnapshot> {
  const script = path.join(ROOT, 'scripts', 'lib', 'seededSnapshot.ts')
  const result = await run(process.execPath, ['--import', 'tsx', script, '--dir', options.dir, '--incidents', String(options.incidents), '--now', options.now], {
    env: cleanEnv({ NODE_ENV: 'test', DISABLE_PAYLOAD_HMR: 'true' }),
  })
  const last = result.output.trim().split('\n').pop() ?? ''
  if (result.code !== 0 || !last.startsWith('{')) throw new Error(`Seeding the temporary database failed (exit ${result.code}):\n${result.output.slice(-4000)}`)
  return JSON.parse(last) as SeededSnapshot
}

export interface SiteBuild {
  outDir: string
  routesFile: string
  ms: number
  output: string
}

/** `npm run build -w site` (Astro, then Pagefind) from a snapshot into `outDir`. */
export async function buildSite(options: {
  snapshot: string
  outDir: string
  routesFile: string
  buildDate: string
  siteUrl?: string
  /** The monitor's data release registry (default: a folder beside outDir, so test builds never touch the real one). */
  releasesDir?: string
}): Promise<SiteBuild> {
  fs.rmSync(options.outDir, { recursive: true, force: true })
  const result = await run('npm', ['run', 'build', '-w', 'site'], {
    env: cleanEnv({
      NODE_ENV: 'production',
      CMS_SNAPSHOT: options.snapshot,
      BUILD_DATE: options.buildDate,
      SITE_OUT_DIR: options.outDir,
      SITE_ROUTES_FILE: options.routesFile,
      AVMP_RELEASES_DIR: options.releasesDir ?? path.join(path.dirname(options.outDir), 'data-releases'),
      ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    }),
  })
  if (result.code !== 0) throw new Error(`The site build failed (exit ${result.code}):\n${result.output.slice(-6000)}`)
  return { outDir: options.outDir, routesFile: options.routesFile, ms: result.ms, output: result.output }
}
