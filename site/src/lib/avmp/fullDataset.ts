/**
 * The whole dataset with descriptions, for the build's open-data downloads
 * (/avmp/data/incidents.csv and .json). Build-time only.
 */
import { allRows, decodeDetails, mergeDetails, type AvmpData, type AvmpDetails } from '@clearinghouse/shared/avmp'

import { getAvmpDataFiles } from './dataFiles'

export async function fullDataset(): Promise<{ data: AvmpData; rows: Uint32Array; details: AvmpDetails | undefined }> {
  const files = await getAvmpDataFiles()
  const chunks = files.details.map((d) => decodeDetails(String(d.body)))
  return { data: files.data, rows: allRows(files.data), details: chunks.length ? mergeDetails(chunks) : undefined }
}
