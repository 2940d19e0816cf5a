/**
 * The whole dataset with descriptions, for the build's open-data downloads
 * (/avmp/data/incidents.csv and .json), the data page and the data release. Build-time only;
 * decoded once per build, since all of those read it.
 */
import { allRows, decodeDetails, mergeDetails, type AvmpData, type AvmpDetails } from '@clearinghouse/shared/avmp'

import { getAvmpDataFiles } from './dataFiles'

let cached: Promise<{ data: AvmpData; rows: Uint32Array; details: AvmpDetails | undefined }> | undefined

export function fullDataset(): Promise<{ data: AvmpData; rows: Uint32Array; details: AvmpDetails | undefined }> {
  cached ??= (async () => {
    const files = await getAvmpDataFiles()
    const chunks = files.details.map((d) => decodeDetails(String(d.body)))
    return { data: files.data, rows: allRows(files.data), details: chunks.length ? mergeDetails(chunks) : undefined }
  })()
  return cached
}
