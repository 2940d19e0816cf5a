/**
 * Fetches and decodes the monitor's core data file off the main thread (decoding 50,000 incidents
 * takes 10-15 ms before the JIT warms up, on a phone several times that), then moves the columns
 * to the page without copying them.
 */
import { transferablesOf } from '@clearinghouse/shared/avmp'

import { fetchCoreData, type DataRequest, type DataResponse } from './coreData'

const post = (message: DataResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer)

self.onmessage = async (event: MessageEvent<DataRequest>) => {
  try {
    const data = await fetchCoreData(event.data.url)
    post({ ok: true, data }, transferablesOf(data))
  } catch (error) {
    post({ ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
