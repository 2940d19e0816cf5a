/**
 * Starts the publishing runner (runner.ts) from the environment (env.ts):
 *   npm run publish:runner          # what `npm start` and the docker `publisher` service run
 * With PUBLISH_SERVE_PORT it also serves the live release (`current`), re-resolved per request.
 */
import { serveStatic } from '../../site/scripts/lib/serveStatic'
import { cmsClient } from './cmsClient'
import { readRunnerEnv } from './env'
import { currentRelease } from './releases'
import { createRunner } from './runner'

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run publish:runner

Watches the CMS and rebuilds the public site when published content changes (README "Publishing").
Environment: CMS_URL, PUBLISH_RUNNER_SECRET (required, same as the CMS), PUBLISH_QUIET_SECONDS (10),
PUBLISH_POLL_SECONDS (2), PUBLISH_DIR (site/published), PUBLISH_CACHE_DIR, PUBLISH_KEEP_RELEASES (3),
PUBLISH_BUILD_TIMEOUT_SECONDS (900), PUBLISH_DEPLOY_HOOK_URL (deploy-hook mode instead of building),
PUBLISH_SERVE_PORT / PUBLISH_SERVE_HOST (also serve the live release).`)
  process.exit(0)
}

const env = readRunnerEnv()
const runner = createRunner({
  cms: cmsClient(env.CMS_URL, env.PUBLISH_RUNNER_SECRET),
  cmsUrl: env.CMS_URL,
  dir: env.PUBLISH_DIR,
  cacheDir: env.PUBLISH_CACHE_DIR,
  quietMs: env.PUBLISH_QUIET_SECONDS * 1000,
  pollMs: env.PUBLISH_POLL_SECONDS * 1000,
  keepReleases: env.PUBLISH_KEEP_RELEASES,
  buildTimeoutMs: env.PUBLISH_BUILD_TIMEOUT_SECONDS * 1000,
  deployHookUrl: env.PUBLISH_DEPLOY_HOOK_URL,
  buildEnv: process.env,
})

const server = env.PUBLISH_SERVE_PORT
  ? await serveStatic(() => currentRelease(env.PUBLISH_DIR), { ports: [env.PUBLISH_SERVE_PORT], host: env.PUBLISH_SERVE_HOST })
  : undefined
if (server) console.log(`[publish] serving the live release at ${server.url}`)

let stopping = false
async function shutdown() {
  if (stopping) return
  stopping = true
  await server?.close()
  await runner.stop()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())

await runner.start()
