import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createRandom } from './random'

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = createRandom(seed)
        const b = createRandom(seed)
        for (let i = 0; i < 20; i++) expect(a.next()).toBe(b.next())
      }),
    )
  })
  it('stays in range', () => {
    const r = createRandom(7)
    for (let i = 0; i < 10_000; i++) {
      const x = r.next()
      expect(x >= 0 && x < 1).toBe(true)
      const k = r.int(3, 5)
      expect(k >= 3 && k <= 5 && Number.isInteger(k)).toBe(true)
    }
  })
  it('draws weighted items in proportion', () => {
    const r = createRandom(1)
    let heavy = 0
    for (let i = 0; i < 20_000; i++) if (r.weighted(['a', 'b'], (x) => (x === 'a' ? 3 : 1)) === 'a') heavy++
    expect(heavy / 20_000).toBeCloseTo(0.75, 1)
  })
  it('gives Poisson counts with the requested mean', () => {
    const r = createRandom(2)
    let total = 0
    for (let i = 0; i < 20_000; i++) total += r.poisson(0.4)
    expect(total / 20_000).toBeCloseTo(0.4, 1)
  })
  it('shuffles without losing or adding elements', () => {
    expect(createRandom(3).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5])
  })
})
