/** Messages between the map island and its clustering worker. */
export type ClusterRequest =
  /** Once per data file: every incident's position (row order), to build the cluster hierarchy. */
  | { type: 'index'; lat: Float64Array; lng: Float64Array }
  /**
   * The clusters of the matching rows in a viewport. `rows` is sent when the selection changed
   * (`selection` then names it); later queries for the same selection (panning) leave it out.
   */
  | {
      type: 'query'
      seq: number
      selection: number
      rows?: Uint32Array
      bbox: [number, number, number, number]
      zoom: number
    }
  /** The zoom at which a cluster's matching incidents split apart (a click on a cluster). */
  | { type: 'expand'; selection: number; zoom: number; cluster: number }

export type ClusterResponse =
  | { type: 'indexed'; ms: number; points: number }
  | {
      type: 'clusters'
      seq: number
      selection: number
      /** Worker time for this answer, for the budgets. */
      ms: number
      lat: Float64Array
      lng: Float64Array
      /** Positive: a cluster's count (id = cluster number at `zoom`); zero: one incident (id = its row). */
      count: Uint32Array
      id: Float64Array
      zoom: number
    }
  | { type: 'expansion'; selection: number; cluster: number; zoom: number; lat: number; lng: number }
