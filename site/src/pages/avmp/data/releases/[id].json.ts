import type { APIRoute, GetStaticPaths } from 'astro'

import { getAvmpRelease } from '../../../../lib/avmp/release'

/** One release's changes: the records added and changed in full, the ids removed. */
export const getStaticPaths = (async () => {
  const { index } = await getAvmpRelease()
  return index.map((r) => ({ params: { id: r.id } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const { changesOf } = await getAvmpRelease()
  return new Response(JSON.stringify(changesOf(String(params.id))), { headers: { 'content-type': 'application/json' } })
}
