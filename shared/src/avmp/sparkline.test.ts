import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sparklinePath } from './sparkline'

describe('sparklinePath', () => {
  it.each([
    [[0, 2, 1], 'M0,20L50,0L100,10'],
    [[0, 0], 'M0,20L100,20'],
    [[5], 'M0,0'],
    [[], ''],
  ])('%o → %s', (values, path) => {
    expect(sparklinePath(values, 100, 20)).toBe(path)
  })

  it('has one point per value, inside the box, the largest at the top', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 60 }), (values) => {
        const points = [...sparklinePath(values, 120, 24).matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])
        expect(points).toHaveLength(values.length)
        for (const [x, y] of points) {
          expect(x).toBeGreaterThanOrEqual(0)
          expect(x).toBeLessThanOrEqual(120)
          expect(y).toBeGreaterThanOrEqual(0)
          expect(y).toBeLessThanOrEqual(24)
        }
        if (Math.max(...values) > 0) expect(points[values.indexOf(Math.max(...values))]![1]).toBe(0)
      }),
    )
  })
})
