/** The monitor's core data file: how it is loaded, and the messages of the worker that loads it. */
import { decodeIncidents, type AvmpData } from '@clearinghouse/shared/avmp'

/** A request to the data worker. */
export interface DataRequest {
  /** Absolute URL of the core data file. */
  url: string
}

export type DataResponse = { ok: true; data: AvmpData } | { ok: false; message: string }

/** The core data file, fetched and decoded: in the data worker, or on the main thread without one. */
export async function fetchCoreData(url: string): Promise<AvmpData> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The monitor's data could not be loaded (${response.status}).`)
  return decodeIncidents(new Uint8Array(await response.arrayBuffer()))
}
