/**
 * One build of the public site from the CMS into a folder: `npm run build -w site` (Astro, then
 * Pagefind), as a child process group so a timeout stops all of it. Output is collected for the
 * build record; the caller decides what to keep.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ROOT } from '../lib/cmsBuild'

export interface BuildOutcome {
  ok: boolean
  output: string
  ms: number
}

/** The runner's environment for the build, without a test runner's variables (they change how Vite and Astro behave). */
export function buildEnvironment(base: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(base)) if (!/^(VITEST|TEST$|NODE_ENV$|SITE_OUT_DIR$|SITE_ROUTES_FILE$|SITE_CACHE_DIR$)/.test(key)) env[key] = value
  // Node 22 from node_modules, whoever started the runner.
  env.PATH = `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${base.PATH ?? ''}`
  return { ...env, NODE_ENV: 'production', ...extra }
}

export function buildSite(options: { outDir: string; cacheDir?: string; cmsUrl: string; env: NodeJS.ProcessEnv; timeoutMs: number; signal?: AbortSignal }): Promise<BuildOutcome> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build', '-w', 'site'], {
      cwd: ROOT,
      env: buildEnvironment(options.env, { CMS_URL: options.cmsUrl, SITE_OUT_DIR: options.outDir, ...(options.cacheDir ? { SITE_CACHE_DIR: options.cacheDir } : {}) }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      // Keep memory bounded on a chatty build: the end is where the error is.
      if (output.length > 400_000) output = output.slice(-200_000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    let timedOut = false
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      killGroup()
    }, options.timeoutMs)
    // The runner stopping (Ctrl-C, container stop) takes the build down with it.
    options.signal?.addEventListener('abort', killGroup, { once: true })
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, output: `${output}\n${error.message}`, ms: Date.now() - started })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      const note = timedOut ? `\nThe build was stopped after ${Math.round(options.timeoutMs / 1000)} s.` : code === 0 ? '' : `\nThe build exited with code ${code}.`
      resolve({ ok: code === 0 && !timedOut, output: output + note, ms: Date.now() - started })
    })
  })
}
