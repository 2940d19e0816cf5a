/** Messages between the map island and its clustering worker. */
export type ClusterRequest =
  | {
      type: 'load'
      version: number
      /** Identifies the selection (same key, same rows). */ key: string
      lat: Float64Array
      lng: Float64Array
      rows: Uint32Array
    }
  | { type: 'query'; version: number; seq: number; bbox: [number, number, number, number]; zoom: number }
  | { type: 'expand'; version: number; clusterId: number }

export type ClusterResponse =
  | { type: 'loaded'; version: number; ms: number }
  | {
      type: 'clusters'
      version: number
      seq: number
      lat: Float64Array
      lng: Float64Array
      count: Uint32Array
      id: Float64Array
    }
  | { type: 'expansion'; version: number; clusterId: number; zoom: number }
