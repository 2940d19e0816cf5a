import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { buildListing, facetCounts, pageSegments, paginate } from './listing'

describe('paginate', () => {
  it.each([
    [0, 3, [[]]],
    [3, 3, [[0, 1, 2]]],
    [4, 3, [[0, 1, 2], [3]]],
  ])('%i items by %i', (n, size, expected) => {
    expect(paginate([...Array(n).keys()], size)).toEqual(expected)
  })
  it('rejects a bad size', () => expect(() => paginate([1], 0)).toThrow(/positive integer/))
  it('keeps every item once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 20 }), (items, size) => {
        const pages = paginate(items, size)
        expect(pages.flat()).toEqual(items)
        expect(pages.every((p, i) => i === pages.length - 1 || p.length === size)).toBe(true)
      }),
    )
  })
})

describe('pageSegments', () => {
  it.each([
    [[], 1, []],
    [[], 2, ['page', '2']],
    [['topic', 'x'], 3, ['topic', 'x', 'page', '3']],
  ])('%j page %i', (prefix, page, expected) => expect(pageSegments(prefix, page)).toEqual(expected))
})

describe('buildListing', () => {
  const items = [
    { id: 1, topic: 'a', year: '2025' },
    { id: 2, topic: 'b', year: '2025' },
    { id: 3, topic: 'a', year: '2024' },
  ]
  const listing = buildListing(items, 2, { topic: (i) => [i.topic], year: (i) => [i.year] })
  it('has the unfiltered pages and one list per value', () => {
    expect(listing.map((p) => p.segments.join('/'))).toEqual(['', 'page/2', 'topic/a', 'topic/b', 'year/2024', 'year/2025'])
  })
  it('filters each list to its value and counts it', () => {
    const topicA = listing.find((p) => p.segments.join('/') === 'topic/a')
    expect(topicA?.items.map((i) => i.id)).toEqual([1, 3])
    expect(topicA?.total).toBe(2)
    expect(topicA?.filter).toEqual({ dimension: 'topic', value: 'a' })
  })
})

describe('facetCounts', () => {
  it('counts each value once per item, in vocabulary order', () => {
    const items = [{ j: ['x', 'y', 'x'] }, { j: ['y'] }]
    expect(facetCounts(items, (i) => i.j, ['y', 'x', 'z'])).toEqual([
      { value: 'y', count: 2 },
      { value: 'x', count: 1 },
    ])
  })
})
