import { toCsv } from '@clearinghouse/shared/avmp'
import type { APIRoute } from 'astro'

import { fullDataset } from '../../../lib/avmp/fullDataset'

/** The full dataset as CSV, columns as in the data dictionary on /avmp/data/. */
export const GET: APIRoute = async () => {
  const { data, rows, details } = await fullDataset()
  return new Response(toCsv(data, rows, details), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}
