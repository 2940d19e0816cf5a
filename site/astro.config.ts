import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { env, SITE_URL } from './src/env'

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    react(),
    // The search page has no content of its own (and is `noindex`).
    sitemap({ filter: (page) => !page.endsWith('/search/') }),
  ],
  // Images from the CMS are downloaded at build time; nothing is fetched from other hosts.
  image: { responsiveStyles: false },
  prefetch: false,
  devToolbar: { enabled: false },
  server: { port: env.SITE_PORT, host: true },
})
