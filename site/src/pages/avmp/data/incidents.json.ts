import { toRecords } from '@clearinghouse/shared/avmp'
import type { APIRoute } from 'astro'

import { fullDataset } from '../../../lib/avmp/fullDataset'

/** The full dataset as a JSON array of plain records, keys as in the data dictionary on /avmp/data/. */
export const GET: APIRoute = async () => {
  const { data, rows, details } = await fullDataset()
  return new Response(JSON.stringify(toRecords(data, rows, details)), { headers: { 'content-type': 'application/json' } })
}
