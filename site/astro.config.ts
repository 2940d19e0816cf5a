import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { SITE_URL } from './src/env'

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [react(), sitemap()],
  // Images from the CMS are downloaded at build time; nothing is fetched from other hosts.
  image: { responsiveStyles: false },
  prefetch: false,
  devToolbar: { enabled: false },
  server: { port: Number(process.env.SITE_PORT ?? 4321), host: true },
})
