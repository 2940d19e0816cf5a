/**
 * The map's clustering, off the main thread: the hierarchy of all incidents is built once
 * (supercluster, 150–300 ms for 50,000 points on a desktop, several times that on a phone), then
 * each filter or viewport change is one pass over the matching rows. Answers are flat typed
 * arrays, so no GeoJSON objects cross the thread boundary.
 */
import { buildHierarchy, clustersOf, expansionOf, type ClusterHierarchy } from './clusterHierarchy'
import type { ClusterRequest, ClusterResponse } from './clusterProtocol'

let hierarchy: ClusterHierarchy | null = null
let selection = -1
let rows: Uint32Array = new Uint32Array(0)

function post(message: ClusterResponse, transfer: Transferable[] = []): void {
  ;(self as unknown as Worker).postMessage(message, transfer)
}

self.onmessage = (event: MessageEvent<ClusterRequest>) => {
  const msg = event.data
  if (msg.type === 'index') {
    const started = performance.now()
    hierarchy = buildHierarchy(msg.lat, msg.lng)
    post({ type: 'indexed', ms: performance.now() - started, points: hierarchy.points })
    return
  }
  if (!hierarchy) return
  if (msg.type === 'query') {
    if (msg.rows) {
      rows = msg.rows
      selection = msg.selection
    }
    if (msg.selection !== selection) return
    const started = performance.now()
    const c = clustersOf(hierarchy, rows, msg.bbox, msg.zoom)
    post(
      { type: 'clusters', seq: msg.seq, selection, ms: performance.now() - started, ...c },
      [c.lat.buffer, c.lng.buffer, c.count.buffer, c.id.buffer],
    )
  } else if (msg.type === 'expand' && msg.selection === selection) {
    post({ type: 'expansion', selection, cluster: msg.cluster, ...expansionOf(hierarchy, rows, msg.zoom, msg.cluster) })
  }
}
