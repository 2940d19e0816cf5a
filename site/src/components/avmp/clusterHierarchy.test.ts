import fc from 'fast-check'
import Supercluster from 'supercluster'
import { describe, expect, it } from 'vitest'

import { buildHierarchy, clustersOf, expansionOf, MAX_CLUSTER_ZOOM, MIN_ZOOM } from './clusterHierarchy'

/** Points around a few towns of the region, some at the very same place (as real incidents are). */
function points(seed: number, n: number): { lat: Float64Array; lng: Float64Array } {
  let x = seed >>> 0 || 1
  const rnd = () => ((x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32)
  const towns = [
    [44.8, 20.46],
    [41.33, 19.82],
    [43.86, 18.41],
    [42.44, 19.26],
    [47.01, 28.86],
  ]
  const lat = new Float64Array(n)
  const lng = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const [tLat, tLng] = towns[Math.floor(rnd() * towns.length)]!
    const exact = rnd() < 0.2
    lat[i] = tLat! + (exact ? 0 : (rnd() - 0.5) * 0.6)
    lng[i] = tLng! + (exact ? 0 : (rnd() - 0.5) * 0.6)
  }
  return { lat, lng }
}

const WORLD = [-180, -85, 180, 85]
const shown = (c: { count: Uint32Array }) => c.count.reduce((s, k) => s + (k === 0 ? 1 : k), 0)

describe('cluster hierarchy', () => {
  const { lat, lng } = points(7, 3000)
  const h = buildHierarchy(lat, lng)
  const all = Uint32Array.from({ length: lat.length }, (_, i) => i)

  it('shows every incident once at every zoom', () => {
    for (let z = MIN_ZOOM; z <= MAX_CLUSTER_ZOOM + 1; z++) expect(shown(clustersOf(h, all, WORLD, z))).toBe(lat.length)
  })

  it('for all incidents, gives the same cluster counts as supercluster', () => {
    const index = new Supercluster({ radius: 60, minZoom: MIN_ZOOM, maxZoom: MAX_CLUSTER_ZOOM, minPoints: 2 })
    index.load(Array.from(lat, (la, i) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [lng[i]!, la] } })))
    for (const z of [MIN_ZOOM, 6, 9, 12, MAX_CLUSTER_ZOOM]) {
      const expected = index
        .getClusters(WORLD as [number, number, number, number], z)
        .map((f) => ('point_count' in f.properties ? (f.properties.point_count as number) : 1))
        .sort((a, b) => a - b)
      const c = clustersOf(h, all, WORLD, z)
      const got = Array.from(c.count, (k) => (k === 0 ? 1 : k)).sort((a, b) => a - b)
      expect(got).toEqual(expected)
    }
  })

  it('counts any subset exactly: per cluster, the rows assigned to it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: lat.length - 1 }), { maxLength: 400 }), fc.integer({ min: MIN_ZOOM, max: MAX_CLUSTER_ZOOM }), (picked, z) => {
        const rows = Uint32Array.from(picked.sort((a, b) => a - b))
        const c = clustersOf(h, rows, WORLD, z)
        expect(shown(c)).toBe(rows.length)
        const brute = new Map<number, number>()
        for (const r of rows) brute.set(h.assign[z - MIN_ZOOM]![r]!, (brute.get(h.assign[z - MIN_ZOOM]![r]!) ?? 0) + 1)
        for (let i = 0; i < c.count.length; i++) {
          if (c.count[i]! > 0) expect(c.count[i]).toBe(brute.get(c.id[i]!))
          else expect(rows).toContain(c.id[i])
        }
      }),
      { numRuns: 60 },
    )
  })

  it('places clusters at the centre of their matching incidents and keeps only those in view', () => {
    const rows = all.filter((r) => lat[r]! > 44)
    const bbox = [18, 44, 22, 46]
    const c = clustersOf(h, rows, bbox, 8)
    const world = clustersOf(h, rows, WORLD, 8)
    const inside = (la: number, ln: number) => la >= 44 && la <= 46 && ln >= 18 && ln <= 22
    const expected = Array.from(world.count).filter((_, i) => inside(world.lat[i]!, world.lng[i]!))
    expect(Array.from(c.count)).toEqual(expected)
    for (let i = 0; i < c.count.length; i++) {
      expect(inside(c.lat[i]!, c.lng[i]!)).toBe(true)
      if (c.count[i]! > 0) {
        const members = Array.from(rows).filter((r) => h.assign[8 - MIN_ZOOM]![r] === c.id[i])
        const centre = members.reduce((s, r) => s + lat[r]!, 0) / members.length
        expect(c.lat[i]).toBeCloseTo(centre, 9)
      }
    }
  })

  it('expands a cluster to the zoom where its matching incidents split', () => {
    const c = clustersOf(h, all, WORLD, 6)
    const i = c.count.findIndex((k) => k > 1)
    const e = expansionOf(h, all, 6, c.id[i]!)
    expect(e.zoom).toBeGreaterThan(6)
    const after = clustersOf(h, all, WORLD, e.zoom)
    const members = all.filter((r) => h.assign[6 - MIN_ZOOM]![r] === c.id[i])
    if (e.zoom <= MAX_CLUSTER_ZOOM) expect(new Set(Array.from(members, (r) => h.assign[e.zoom - MIN_ZOOM]![r])).size).toBeGreaterThan(1)
    expect(shown(after)).toBe(lat.length)
  })
})
