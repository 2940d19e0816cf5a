/** The compendium search index: written once at build time, fetched by /laws/search/ on demand. */
import { buildSearchIndex } from '@clearinghouse/shared/laws'
import type { APIRoute } from 'astro'

import { getCompendiumActs } from '../../lib/laws'

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await getCompendiumActs())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
