/**
 * The compact list of all publications that the index's filter script loads: what cards show and
 * filters read, with a small cover thumbnail rendered at build time.
 */
import type { APIRoute } from 'astro'

import { toIndexEntry } from '@clearinghouse/shared/publications'

import { getMedia, getPublications } from '../../lib/content'
import { coverThumbnail, publicationPath } from '../../lib/publications'

export const GET: APIRoute = async () => {
  const publications = await getPublications()
  const entries = await Promise.all(
    publications.map(async (p) => toIndexEntry(p, publicationPath(p), await coverThumbnail(await getMedia(p.cover)))),
  )
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
