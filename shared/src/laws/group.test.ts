import { describe, expect, it } from 'vitest'

import { groupByKeys, newestFirst, recentlyChanged } from './group'

const act = (title: string, adoptedDate: string, updatedAt = '2026-01-01', subjects: string[] = []) => ({ title, adoptedDate, updatedAt, subjects })

describe('groupByKeys', () => {
  const items = [act('A', '2001', undefined, ['weapons', 'hunting']), act('B', '2002', undefined, ['weapons']), act('C', '2003', undefined, ['nothing-known'])]
  const groups = groupByKeys(items, ['hunting', 'explosives', 'weapons'], (i) => i.subjects)
  it('follows the order of the keys and leaves out empty groups', () => {
    expect(groups.map((g) => g.key)).toEqual(['hunting', 'weapons'])
  })
  it('lists an item under each of its keys, in the order given', () => {
    expect(groups.map((g) => g.items.map((i) => i.title))).toEqual([['A'], ['A', 'B']])
  })
})

describe('newestFirst', () => {
  it('sorts by adoption date descending, then title', () => {
    const sorted = [act('b', '2010-01-01'), act('z', '2020-01-01'), act('a', '2010-01-01')].sort(newestFirst)
    expect(sorted.map((a) => a.title)).toEqual(['z', 'a', 'b'])
  })
})

describe('recentlyChanged', () => {
  it.each([
    ['the last updated first', [act('old act, edited today', '1999-01-01', '2026-11-25'), act('new act', '2024-01-01', '2026-01-01')], ['old act, edited today', 'new act']],
    ['the newest adopted first when updated the same day', [act('2019', '2019-01-01', '2026-11-25T12:00:00.003Z'), act('2024', '2024-01-01', '2026-11-25T12:00:00.001Z'), act('2001', '2001-01-01', '2026-11-25T12:00:00.009Z')], ['2024', '2019']],
  ])('puts %s and keeps the count', (_, laws, expected) => {
    expect(recentlyChanged(laws, 2).map((a) => a.title)).toEqual(expected)
  })
})
