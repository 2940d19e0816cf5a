import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import type { AstroIntegration } from 'astro'

import { env, SITE_URL } from './src/env'
import { commitRelease } from './src/lib/avmp/releaseCommit'
import { previewRoute } from './src/preview/previewRoute'

/**
 * Records which built pages each route (page template) produced, so tests can check one page per
 * template without a hand-kept list. Written only when SITE_ROUTES_FILE is set.
 */
function routesManifest(file: string | undefined): AstroIntegration {
  return {
    name: 'routes-manifest',
    hooks: {
      'astro:build:done': ({ assets, dir }) => {
        if (!file) return
        const root = fileURLToPath(dir)
        const routes = Object.fromEntries(
          [...assets].map(([route, urls]) => [route, urls.map((u) => path.relative(root, fileURLToPath(u)).split(path.sep).join('/'))]),
        )
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, `${JSON.stringify(routes, null, 2)}\n`)
      },
    },
  }
}

/** Commits the monitor's data release that the build staged, only once every page was written. */
function avmpRelease(dir: string): AstroIntegration {
  return {
    name: 'avmp-release',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const id = commitRelease(dir)
        if (id) logger.info(`monitor data release ${id} recorded in ${dir}`)
      },
    },
  }
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
  outDir: env.SITE_OUT_DIR,
  ...(env.SITE_CACHE_DIR ? { cacheDir: env.SITE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    react(),
    // The site search page has no content of its own (and is `noindex`).
    sitemap({ filter: (page) => new URL(page).pathname !== '/search/' }),
    routesManifest(env.SITE_ROUTES_FILE),
    avmpRelease(path.resolve(env.AVMP_RELEASES_DIR)),
    ...(env.SITE_PREVIEW ? [previewRoute()] : []),
  ],
  // Images from the CMS are downloaded at build time; nothing is fetched from other hosts.
  image: { responsiveStyles: false },
  prefetch: false,
  devToolbar: { enabled: false },
  server: { port: env.SITE_PORT, host: true },
  // The publishing runner's releases (site/published) are thousands of built files: the dev and
  // preview server must not watch them, or every publish floods it with change events.
  vite: { server: { watch: { ignored: [fileURLToPath(new URL('./published/**', import.meta.url))] } } },
})
