/**
 * The publishing runner: keeps the public site in step with the CMS without anyone running a build.
 *
 * It polls the CMS's build status (GET /api/publishing/status, every PUBLISH_POLL_SECONDS) rather
 * than waiting for a webhook from it: polling survives restarts of either side, needs no inbound
 * port on the runner, and the debounce ("quiet period") falls out of the timestamps the CMS already
 * keeps. When changes are pending and the latest is PUBLISH_QUIET_SECONDS old (or an administrator
 * pressed "Rebuild now"), it claims a build, then either
 *   - build mode: builds the site from the CMS into a new release folder and switches the `current`
 *     symlink to it atomically (releases.ts); a failed build leaves `current` alone, or
 *   - deploy-hook mode (PUBLISH_DEPLOY_HOOK_URL): POSTs to the hosting service's build hook,
 * and reports the result, with the end of the log, to the CMS, which shows it in the admin.
 */
import fs from 'node:fs'
import path from 'node:path'

import { nextBuild, type BuildModeValue, type BuildSummary, type BuildTriggerValue } from '@clearinghouse/shared/publishing'

import type { CmsClient } from './cmsClient'
import { callDeployHook } from './deployHook'
import { buildingDir, currentRelease, discardBuild, publishRelease, pruneReleases, releaseName, removeInterruptedBuilds } from './releases'
import { buildSite } from './siteBuild'

export interface RunnerOptions {
  cms: CmsClient
  cmsUrl: string
  /** Releases and `current`. */
  dir: string
  /** Astro's cache dir for the builds; undefined: the site's default. */
  cacheDir?: string
  quietMs: number
  pollMs: number
  keepReleases: number
  buildTimeoutMs: number
  deployHookUrl?: string
  /** Environment for the site build (SITE_URL, CMS_PUBLIC_URL, BUILD_DATE…). */
  buildEnv: NodeJS.ProcessEnv
  /** Build at start when there is no live release yet (a fresh install). Default true in build mode. */
  buildIfNoRelease?: boolean
  log?: (message: string) => void
}

export interface RunnerBuild {
  build: BuildSummary
  ok: boolean
  ms: number
  release?: string
  output: string
}

export interface Runner {
  readonly mode: BuildModeValue
  /** Starts polling; resolves once the loop is running (the first build, if any, runs in it). */
  start(): Promise<void>
  /** Stops polling; a build in progress is stopped too (and reported as failed). */
  stop(): Promise<void>
  /** Builds that finished since start, oldest first. */
  readonly builds: RunnerBuild[]
  /** Resolves with the next build that finishes. */
  nextBuild(timeoutMs: number): Promise<RunnerBuild>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function createRunner(options: RunnerOptions): Runner {
  const mode: BuildModeValue = options.deployHookUrl ? 'deploy-hook' : 'build'
  const log = options.log ?? ((m: string) => console.log(`[publish] ${m}`))
  const builds: RunnerBuild[] = []
  const waiters: ((b: RunnerBuild) => void)[] = []
  let running = false
  let loop: Promise<void> | undefined
  let lastPollError = ''
  const stopping = new AbortController()

  /** A result the CMS never hears of would leave the build "running": try a few times. */
  async function reportResult(id: BuildSummary['id'], result: Parameters<CmsClient['finish']>[1]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await options.cms.finish(id, result)
      } catch (error) {
        if (attempt >= 5) throw error
        await sleep(2_000 * attempt)
      }
    }
  }

  /** Builds a release (or calls the deploy hook) for a claimed build. */
  async function produce(build: BuildSummary, trigger: BuildTriggerValue): Promise<RunnerBuild> {
    if (mode === 'deploy-hook' && options.deployHookUrl) {
      const hook = await callDeployHook(options.deployHookUrl, { build: build.id, trigger, changes: build.changes })
      return { build, ok: hook.ok, ms: hook.ms, output: hook.output, release: hook.status === null ? undefined : `deploy hook → HTTP ${hook.status}` }
    } else {
      const name = releaseName()
      const outDir = buildingDir(options.dir, name)
      const result = await buildSite({
        outDir,
        cacheDir: options.cacheDir,
        cmsUrl: options.cmsUrl,
        env: options.buildEnv,
        timeoutMs: options.buildTimeoutMs,
        signal: stopping.signal,
      })
      // An Astro build that "succeeds" without pages is not a site: keep the old one.
      const complete = result.ok && fs.existsSync(path.join(outDir, 'index.html'))
      if (complete) {
        publishRelease(options.dir, outDir, name)
        const removed = pruneReleases(options.dir, options.keepReleases)
        if (removed.length) log(`removed old releases ${removed.join(', ')}`)
      } else {
        discardBuild(outDir)
      }
      const output = complete || !result.ok ? result.output : `${result.output}\nThe build wrote no index.html: the live site was kept.`
      return { build, ok: complete, ms: result.ms, output, release: complete ? name : undefined }
    }
  }

  async function runBuild(trigger: BuildTriggerValue): Promise<void> {
    const build = await options.cms.claim(mode, trigger)
    log(`build ${build.id} (${trigger}, ${build.changes ?? 0} change(s), ${mode})…`)
    let outcome: RunnerBuild
    try {
      outcome = await produce(build, trigger)
    } catch (error) {
      // Whatever went wrong (disk full, a rename refused), the CMS must hear of it.
      outcome = { build, ok: false, ms: 0, output: `The runner failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` }
    }
    await reportResult(build.id, { status: outcome.ok ? 'succeeded' : 'failed', durationMs: outcome.ms, log: outcome.output, release: outcome.release })
    log(`build ${build.id} ${outcome.ok ? 'succeeded' : 'FAILED'} in ${(outcome.ms / 1000).toFixed(1)} s${outcome.release ? ` (${outcome.release})` : ''}`)
    if (!outcome.ok) log(outcome.output.trim().split('\n').slice(-15).join('\n'))
    builds.push(outcome)
    waiters.splice(0).forEach((resolve) => resolve(outcome))
  }

  async function poll(): Promise<void> {
    // A build the previous runner process left "running" would block every new one.
    for (let recovered = false; !recovered && running; ) {
      try {
        const abandoned = await options.cms.recover()
        if (abandoned) log(`marked ${abandoned} interrupted build(s) as failed`)
        recovered = true
      } catch (error) {
        log(`cannot reach the CMS yet (${error instanceof Error ? error.message : String(error)}); retrying`)
        await sleep(options.pollMs)
      }
    }
    if (mode === 'build' && (options.buildIfNoRelease ?? true) && !currentRelease(options.dir)) {
      await runBuild('startup').catch((error: unknown) => log(`first build could not start: ${String(error)}`))
    }
    while (running) {
      let wait = options.pollMs
      try {
        const report = await options.cms.status()
        lastPollError = ''
        const decision = nextBuild(report, Date.now(), options.quietMs)
        if (decision.action === 'build') {
          await runBuild(decision.trigger)
          continue
        }
        if (decision.action === 'wait') wait = Math.min(options.pollMs, Math.max(50, decision.untilMs - Date.now()))
      } catch (error) {
        // The CMS restarting is normal: say so once, keep polling.
        const message = error instanceof Error ? error.message : String(error)
        if (message !== lastPollError) log(`cannot reach the CMS (${message}); retrying`)
        lastPollError = message
      }
      await sleep(wait)
    }
  }

  return {
    mode,
    builds,
    async start() {
      fs.mkdirSync(options.dir, { recursive: true })
      removeInterruptedBuilds(options.dir)
      running = true
      log(`watching ${options.cmsUrl} (${mode} mode, quiet period ${options.quietMs / 1000} s)${mode === 'build' ? `, releases in ${options.dir}` : ''}`)
      loop = poll()
    },
    async stop() {
      running = false
      stopping.abort()
      await loop
    },
    nextBuild(timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no build finished within ${timeoutMs / 1000} s`)), timeoutMs)
        waiters.push((b) => {
          clearTimeout(timer)
          resolve(b)
        })
      })
    },
  }
}
