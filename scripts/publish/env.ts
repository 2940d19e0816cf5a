/**
 * The publishing runner's environment, read and validated once (nothing else in the runner reads
 * `process.env`; the site build it starts reads its own, site/src/env.ts, from the same variables).
 */
import path from 'node:path'

import { z } from 'zod'

import { ROOT } from '../lib/cmsBuild'

const schema = z.object({
  /** Where the runner asks for the build status, and where the site build reads content. */
  CMS_URL: z.url().default('http://localhost:3000'),
  /** Shared with the CMS: lets the runner claim builds and report results. */
  PUBLISH_RUNNER_SECRET: z.string().min(16, 'PUBLISH_RUNNER_SECRET must be at least 16 characters (the same value as the CMS)'),
  /** Seconds without a new change before a build starts: a burst of saves makes one build. */
  PUBLISH_QUIET_SECONDS: z.coerce.number().min(0).default(10),
  /** How often the runner asks the CMS whether the site is stale. */
  PUBLISH_POLL_SECONDS: z.coerce.number().positive().default(2),
  /** Releases (`releases/<time>/`) and the `current` symlink live here. */
  PUBLISH_DIR: z.string().default(path.join(ROOT, 'site', 'published')),
  /**
   * Astro's cache for the runner's builds (content-layer data store, optimised images). Unset: the
   * site's own (site/node_modules/.astro), so a developer's earlier builds make the first one fast.
   * Optimising every image from cold takes minutes; a kept cache makes a rebuild take seconds.
   */
  PUBLISH_CACHE_DIR: z.string().optional(),
  /** Releases kept besides the live one (rollback by pointing `current` at an older one). */
  PUBLISH_KEEP_RELEASES: z.coerce.number().int().min(1).default(3),
  /** A build running longer than this is stopped and reported as failed. */
  PUBLISH_BUILD_TIMEOUT_SECONDS: z.coerce.number().positive().default(900),
  /**
   * Deploy-hook mode: POST here instead of building (Netlify/Cloudflare Pages build hooks, a CI
   * pipeline trigger). The hosting service then builds from the CMS itself.
   */
  PUBLISH_DEPLOY_HOOK_URL: z.url().optional(),
  /** Serve `current` on this port as well (npm start); production serves it with nginx. */
  PUBLISH_SERVE_PORT: z.coerce.number().int().positive().optional(),
  PUBLISH_SERVE_HOST: z.string().default('127.0.0.1'),
})

export type RunnerEnv = z.output<typeof schema>

export function readRunnerEnv(source: NodeJS.ProcessEnv = process.env): RunnerEnv {
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = schema.safeParse(given)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid publishing runner environment:\n${lines.join('\n')}`)
  }
  return { ...result.data, PUBLISH_DIR: path.resolve(result.data.PUBLISH_DIR), PUBLISH_CACHE_DIR: result.data.PUBLISH_CACHE_DIR && path.resolve(result.data.PUBLISH_CACHE_DIR) }
}
