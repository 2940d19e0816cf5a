import { describe, expect, it } from 'vitest'

import { pagePath, paginate, PUBLICATIONS_PER_PAGE } from './paginate'

describe('paginate', () => {
  const items = Array.from({ length: 60 }, (_, i) => i)
  it('makes pages of 24 with the rest on the last', () => {
    const pages = paginate(items)
    expect(PUBLICATIONS_PER_PAGE).toBe(24)
    expect(pages.map((p) => p.items.length)).toEqual([24, 24, 12])
    expect(pages[2]).toMatchObject({ page: 3, pages: 3, total: 60 })
    expect(pages.flatMap((p) => p.items)).toEqual(items)
  })
  it('keeps one empty page for an empty list', () => {
    expect(paginate([])).toEqual([{ page: 1, pages: 1, total: 0, items: [] }])
  })
  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0)).toThrow()
  })
})

describe('pagePath', () => {
  it.each([
    ['/publications/', 1, '/publications/'],
    ['/publications/', 2, '/publications/page/2/'],
    ['/publications/type/study/', 3, '/publications/type/study/page/3/'],
  ])('%s page %i → %s', (base, page, path) => expect(pagePath(base, page)).toBe(path))
  it('requires a trailing slash', () => expect(() => pagePath('/publications', 2)).toThrow())
})
