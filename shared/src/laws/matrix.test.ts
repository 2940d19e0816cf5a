import { describe, expect, it } from 'vitest'

import { countMatrix } from './matrix'

interface Item {
  j: string
  s: string[]
}
const ITEMS: Item[] = [
  { j: 'serbia', s: ['weapons', 'hunting'] },
  { j: 'serbia', s: ['weapons'] },
  { j: 'kosovo', s: ['explosives'] },
  { j: 'atlantis', s: ['weapons'] },
  { j: 'kosovo', s: ['unknown-subject'] },
]
const m = countMatrix(ITEMS, ['serbia', 'kosovo', 'albania'], ['weapons', 'hunting', 'explosives'], (i) => i.j, (i) => i.s)

describe('countMatrix', () => {
  it.each([
    ['serbia', [2, 1, 0], 2],
    ['kosovo', [0, 0, 1], 2],
    ['albania', [0, 0, 0], 0],
  ])('row %s has cells %j and counts %i items', (key, cells, total) => {
    const row = m.rows.find((r) => r.key === key)
    expect(row?.cells.map((c) => c.count)).toEqual(cells)
    expect(row?.total).toBe(total)
  })
  it('keeps the order of the keys given', () => {
    expect(m.rows.map((r) => r.key)).toEqual(['serbia', 'kosovo', 'albania'])
    expect(m.columnTotals.map((c) => c.key)).toEqual(['weapons', 'hunting', 'explosives'])
  })
  it('totals columns over known rows only, and counts each item once in the grand total', () => {
    expect(m.columnTotals.map((c) => c.count)).toEqual([2, 1, 1])
    expect(m.total).toBe(4)
  })
  it('is all zeros for no items', () => {
    const empty = countMatrix<Item, string, string>([], ['a'], ['x'], (i) => i.j, (i) => i.s)
    expect(empty).toEqual({ rows: [{ key: 'a', cells: [{ key: 'x', count: 0 }], total: 0 }], columnTotals: [{ key: 'x', count: 0 }], total: 0 })
  })
})
