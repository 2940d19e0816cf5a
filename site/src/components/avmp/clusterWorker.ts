/**
 * Builds the map's supercluster index off the main thread (≈150 ms for 50,000 points on a desktop,
 * several times that on a phone) and answers viewport queries with flat typed arrays, so no
 * GeoJSON objects cross the thread boundary.
 */
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster'

import type { ClusterRequest, ClusterResponse } from './clusterProtocol'

interface Props {
  row: number
}

let index: Supercluster<Props> | null = null
let version = -1
/** The last few indexes by selection, so going back to a previous filter (or "all") costs nothing. */
const cache = new Map<string, Supercluster<Props>>()
const CACHE_SIZE = 4

function load(key: string, lat: Float64Array, lng: Float64Array, rows: Uint32Array): void {
  const cached = cache.get(key)
  if (cached) {
    cache.delete(key)
    cache.set(key, cached)
    index = cached
    return
  }
  const points: PointFeature<Props>[] = new Array(rows.length)
  for (let k = 0; k < rows.length; k++) {
    points[k] = {
      type: 'Feature',
      properties: { row: rows[k]! },
      geometry: { type: 'Point', coordinates: [lng[k]!, lat[k]!] },
    }
  }
  index = new Supercluster<Props>({ radius: 60, maxZoom: 16, minPoints: 2 })
  index.load(points)
  cache.set(key, index)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '')
}

function post(message: ClusterResponse, transfer: Transferable[] = []): void {
  ;(self as unknown as Worker).postMessage(message, transfer)
}

self.onmessage = (event: MessageEvent<ClusterRequest>) => {
  const msg = event.data
  if (msg.type === 'load') {
    const started = performance.now()
    load(msg.key, msg.lat, msg.lng, msg.rows)
    version = msg.version
    post({ type: 'loaded', version, ms: performance.now() - started })
    return
  }
  if (!index || msg.version !== version) return
  if (msg.type === 'query') {
    const features = index.getClusters(msg.bbox, msg.zoom)
    const n = features.length
    const lat = new Float64Array(n)
    const lng = new Float64Array(n)
    // Positive: a cluster's point count; the id array then holds the cluster id. Zero: a single incident (id = row).
    const count = new Uint32Array(n)
    const id = new Float64Array(n)
    features.forEach((f, i) => {
      lng[i] = f.geometry.coordinates[0]!
      lat[i] = f.geometry.coordinates[1]!
      const p = f.properties as Partial<ClusterProperties> & Partial<Props>
      if (p.cluster) {
        count[i] = p.point_count ?? 0
        id[i] = p.cluster_id ?? 0
      } else {
        count[i] = 0
        id[i] = p.row ?? 0
      }
    })
    post({ type: 'clusters', version, seq: msg.seq, lat, lng, count, id }, [
      lat.buffer,
      lng.buffer,
      count.buffer,
      id.buffer,
    ])
  } else if (msg.type === 'expand') {
    post({ type: 'expansion', version, clusterId: msg.clusterId, zoom: index.getClusterExpansionZoom(msg.clusterId) })
  }
}
