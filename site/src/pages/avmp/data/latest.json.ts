import type { APIRoute } from 'astro'

import { BUILD_NOW } from '../../../env'
import { getAvmpDataFiles, manifestOf } from '../../../lib/avmp/dataFiles'

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(manifestOf(await getAvmpDataFiles(), BUILD_NOW), null, 2), {
    headers: { 'content-type': 'application/json' },
  })
