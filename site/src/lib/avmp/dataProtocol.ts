import type { AvmpData } from '@clearinghouse/shared/avmp'

/** Messages between the monitor's store and its data worker. */
export interface DataRequest {
  /** Absolute URL of the core data file. */
  url: string
}

export type DataResponse = { ok: true; data: AvmpData } | { ok: false; message: string }
