import { RELEASE_FORMAT, RELEASE_FORMAT_VERSION } from '@clearinghouse/shared/avmp'
import type { APIRoute } from 'astro'

import { getAvmpRelease } from '../../../../lib/avmp/release'

/** Every data release, oldest first, with its changelog counts and fingerprint. */
export const GET: APIRoute = async () => {
  const { index } = await getAvmpRelease()
  const body = {
    format: `${RELEASE_FORMAT}-index`,
    version: RELEASE_FORMAT_VERSION,
    howToReproduce:
      'Start from the first release and apply each release in order: drop the removed ids, then add or replace the added and changed records (by id). The result equals the release whose fingerprint you check it against.',
    releases: index.map((r) => ({ ...r, changes: `/avmp/data/releases/${r.id}.json` })),
  }
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json' } })
}
