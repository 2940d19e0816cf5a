import type { APIRoute } from 'astro'

import { BUILD_NOW } from '../../../env'
import { getAvmpDataFiles, manifestOf } from '../../../lib/avmp/dataFiles'
import { getAvmpRelease } from '../../../lib/avmp/release'

export const GET: APIRoute = async () => {
  const release = (await getAvmpRelease()).index.at(-1)
  return new Response(JSON.stringify(manifestOf(await getAvmpDataFiles(), BUILD_NOW, release), null, 2), {
    headers: { 'content-type': 'application/json' },
  })
}
