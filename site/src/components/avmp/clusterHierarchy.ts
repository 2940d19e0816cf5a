/**
 * The cluster hierarchy of all incidents, built once per data file, and the clusters of any
 * filtered subset read from it in one pass over the matching rows.
 *
 * Re-clustering the matching rows on every filter change (a supercluster index over 50,000 points)
 * takes 150–300 ms even off the main thread, too slow for a filter that should feel instant. So
 * supercluster clusters every incident once; for each zoom we keep which cluster each incident
 * belongs to. A filter then only counts its rows per cluster (≈1 ms for 50,000 rows) and places
 * each cluster at the centre of its matching incidents. Clusters stay where they are as filters
 * change, which also makes the map easier to compare between views.
 */
import Supercluster, { type PointFeature } from 'supercluster'

export const MIN_ZOOM = 3
export const MAX_CLUSTER_ZOOM = 16

interface Props {
  row: number
}

export interface ClusterHierarchy {
  points: number
  lat: Float64Array
  lng: Float64Array
  /** assign[z - MIN_ZOOM][row]: the cluster number of a row at zoom z (0 … clusters[z] - 1). */
  assign: Int32Array[]
  clusters: number[]
}

/**
 * supercluster 9's internal layout (pinned in package.json; the unit test compares the result with
 * its public `getClusters`, so an upgrade that changes it fails there, not in a reader's browser).
 * Reading the parent links it records while clustering is what makes the hierarchy cheap: the
 * public API would allocate a GeoJSON object per point per zoom (≈1 s for 50,000 points).
 */
interface Level {
  data: Int32Array
  numItems: number
}
const OFFSET_ID = 3
const OFFSET_PARENT = 4

function levelsOf(index: Supercluster<Props>): { trees: Level[]; stride: number } {
  const internal = index as unknown as { trees?: Level[]; stride?: number }
  if (!Array.isArray(internal.trees) || typeof internal.stride !== 'number' || !(internal.trees[MAX_CLUSTER_ZOOM + 1]?.data instanceof Int32Array)) {
    throw new Error('supercluster internals changed: update clusterHierarchy.ts')
  }
  return { trees: internal.trees, stride: internal.stride }
}

/** Clusters every point once with supercluster and records, per zoom, the cluster of each point. */
export function buildHierarchy(lat: Float64Array, lng: Float64Array, radius = 60): ClusterHierarchy {
  const n = lat.length
  const points: PointFeature<Props>[] = new Array(n)
  for (let r = 0; r < n; r++) {
    points[r] = { type: 'Feature', properties: { row: r }, geometry: { type: 'Point', coordinates: [lng[r]!, lat[r]!] } }
  }
  const index = new Supercluster<Props>({ radius, minZoom: MIN_ZOOM, maxZoom: MAX_CLUSTER_ZOOM, minPoints: 2 })
  index.load(points)
  const { trees, stride } = levelsOf(index)

  // Below the deepest zoom every point is its own item (item index = row). Going up a zoom, an
  // item either merged into a cluster (its parent link holds the cluster's id) or was carried up
  // unchanged (same id); ids are point indexes or cluster ids ≥ n, all below n·33 + 33.
  const levels = MAX_CLUSTER_ZOOM - MIN_ZOOM + 1
  const assign: Int32Array[] = new Array(levels)
  const clusters: number[] = new Array(levels)
  const itemOfId = new Int32Array(n * 33 + 33)
  let deeper = Int32Array.from({ length: n }, (_, r) => r)
  for (let z = MAX_CLUSTER_ZOOM; z >= MIN_ZOOM; z--) {
    const here = trees[z]!
    const below = trees[z + 1]!
    if (here === below) {
      // Nothing merged at this zoom: same items, same order.
      assign[z - MIN_ZOOM] = deeper
      clusters[z - MIN_ZOOM] = here.numItems
      continue
    }
    for (let k = 0; k < here.numItems; k++) itemOfId[here.data[k * stride + OFFSET_ID]!] = k
    const parent = new Int32Array(below.numItems)
    for (let m = 0; m < below.numItems; m++) {
      const link = below.data[m * stride + OFFSET_PARENT]!
      parent[m] = itemOfId[link !== -1 ? link : below.data[m * stride + OFFSET_ID]!]!
    }
    const level = new Int32Array(n)
    for (let r = 0; r < n; r++) level[r] = parent[deeper[r]!]!
    assign[z - MIN_ZOOM] = level
    clusters[z - MIN_ZOOM] = here.numItems
    deeper = level
  }
  return { points: n, lat, lng, assign, clusters }
}

export interface ViewClusters {
  lat: Float64Array
  lng: Float64Array
  count: Uint32Array
  id: Float64Array
  zoom: number
}

const levelOf = (zoom: number): number => Math.min(MAX_CLUSTER_ZOOM, Math.max(MIN_ZOOM, Math.floor(zoom))) - MIN_ZOOM

/**
 * The clusters of `rows` whose centre lies in `bbox` ([west, south, east, north]) at `zoom`.
 * Beyond the deepest cluster zoom every incident is shown on its own.
 */
export function clustersOf(h: ClusterHierarchy, rows: Uint32Array, bbox: readonly number[], zoom: number): ViewClusters {
  const [west = -180, south = -90, east = 180, north = 90] = bbox
  const inView = (la: number, ln: number) => la >= south && la <= north && ln >= west && ln <= east
  const out = { lat: [] as number[], lng: [] as number[], count: [] as number[], id: [] as number[] }
  if (zoom > MAX_CLUSTER_ZOOM) {
    for (const r of rows) {
      if (!inView(h.lat[r]!, h.lng[r]!)) continue
      out.lat.push(h.lat[r]!)
      out.lng.push(h.lng[r]!)
      out.count.push(0)
      out.id.push(r)
    }
  } else {
    const level = levelOf(zoom)
    const assign = h.assign[level]!
    const size = h.clusters[level]!
    const count = new Uint32Array(size)
    const sumLat = new Float64Array(size)
    const sumLng = new Float64Array(size)
    const lastRow = new Int32Array(size)
    for (const r of rows) {
      const c = assign[r]!
      count[c]!++
      sumLat[c]! += h.lat[r]!
      sumLng[c]! += h.lng[r]!
      lastRow[c] = r
    }
    for (let c = 0; c < size; c++) {
      const k = count[c]!
      if (k === 0) continue
      const la = sumLat[c]! / k
      const ln = sumLng[c]! / k
      if (!inView(la, ln)) continue
      out.lat.push(la)
      out.lng.push(ln)
      // One matching incident: shown as itself, at its own place.
      out.count.push(k === 1 ? 0 : k)
      out.id.push(k === 1 ? lastRow[c]! : c)
    }
  }
  return {
    lat: Float64Array.from(out.lat),
    lng: Float64Array.from(out.lng),
    count: Uint32Array.from(out.count),
    id: Float64Array.from(out.id),
    zoom: levelOf(zoom) + MIN_ZOOM,
  }
}

/**
 * The zoom at which the matching incidents of cluster `cluster` (at `zoom`) stop being one
 * cluster, and their centre: where a click on the cluster should take the reader.
 */
export function expansionOf(
  h: ClusterHierarchy,
  rows: Uint32Array,
  zoom: number,
  cluster: number,
): { zoom: number; lat: number; lng: number } {
  const assign = h.assign[levelOf(zoom)]!
  const members: number[] = []
  let la = 0
  let ln = 0
  for (const r of rows) {
    if (assign[r] !== cluster) continue
    members.push(r)
    la += h.lat[r]!
    ln += h.lng[r]!
  }
  const centre = { lat: members.length ? la / members.length : 0, lng: members.length ? ln / members.length : 0 }
  for (let z = levelOf(zoom) + MIN_ZOOM + 1; z <= MAX_CLUSTER_ZOOM; z++) {
    const deeper = h.assign[z - MIN_ZOOM]!
    const first = deeper[members[0] ?? 0]
    if (members.some((r) => deeper[r] !== first)) return { zoom: z, ...centre }
  }
  return { zoom: MAX_CLUSTER_ZOOM + 1, ...centre }
}
