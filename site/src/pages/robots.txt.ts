import type { APIRoute } from 'astro'

import { absoluteUrl } from '../lib/seo'

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /search/\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
