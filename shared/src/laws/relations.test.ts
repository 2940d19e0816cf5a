import { describe, expect, it } from 'vitest'

import { chronological, inForceFrom, lawGraph, lawKey, type ChainLaw } from './relations'

interface Act extends ChainLaw {
  id: number
  title: string
}

const act = (id: number, title: string, adopted: string, extra: Partial<Act> = {}): Act => ({
  id,
  title,
  adoptedDate: `${adopted}T12:00:00.000Z`,
  effectiveDate: null,
  ...extra,
})

// The shape of the seed: a law amended twice, replaced by a new law, itself amended twice; an
// unrelated act; and an amendment pointing at an act that is not published.
const LAWS: Act[] = [
  act(1, 'Weapons 2002', '2002-04-04', { effectiveDate: '2002-04-20T12:00:00.000Z' }),
  act(56, 'Weapons 2002, am. 1', '2006-04-03', { amends: [1] }),
  act(57, 'Weapons 2002, am. 2', '2010-09-30', { amends: [{ id: 1 }] }),
  act(58, 'Weapons 2014', '2014-07-10', { replaces: [1] }),
  act(81, 'Weapons 2014, am. 2', '2023-06-22', { amends: [58] }),
  act(80, 'Weapons 2014, am. 1', '2019-05-30', { amends: ['58'] }),
  act(3, 'Private security 2014', '2014-07-10'),
  act(99, 'Amends a draft', '2020-01-01', { amends: [12345] }),
]
const titles = (acts: readonly Act[]) => acts.map((a) => a.title)
const graph = lawGraph(LAWS)
const byTitle = (title: string) => LAWS.find((a) => a.title === title) as Act

describe('lawKey and inForceFrom', () => {
  it.each([
    [12, '12'],
    ['abc', 'abc'],
    [{ id: 7 }, '7'],
  ])('lawKey(%j) is %j', (ref, key) => expect(lawKey(ref)).toBe(key))
  it('prefers the date of entry into force over the date of adoption', () => {
    expect(inForceFrom(byTitle('Weapons 2002'))).toBe('2002-04-20T12:00:00.000Z')
    expect(inForceFrom(byTitle('Private security 2014'))).toBe('2014-07-10T12:00:00.000Z')
  })
  it('orders acts adopted on the same day by ID, numerically', () => {
    const a = act(9, 'a', '2014-07-10')
    const b = act(10, 'b', '2014-07-10')
    expect([b, a].sort(chronological).map((x) => x.id)).toEqual([9, 10])
  })
})

describe('lawGraph().links', () => {
  it.each([
    ['Weapons 2002', { amends: [], replaces: [], amendedBy: ['Weapons 2002, am. 1', 'Weapons 2002, am. 2'], replacedBy: ['Weapons 2014'] }],
    ['Weapons 2014', { amends: [], replaces: ['Weapons 2002'], amendedBy: ['Weapons 2014, am. 1', 'Weapons 2014, am. 2'], replacedBy: [] }],
    ['Weapons 2014, am. 1', { amends: ['Weapons 2014'], replaces: [], amendedBy: [], replacedBy: [] }],
    ['Private security 2014', { amends: [], replaces: [], amendedBy: [], replacedBy: [] }],
    ['Amends a draft', { amends: [], replaces: [], amendedBy: [], replacedBy: [] }],
  ])('%s', (title, expected) => {
    const l = graph.links(byTitle(title))
    expect({
      amends: titles(l.amends),
      replaces: titles(l.replaces),
      amendedBy: titles(l.amendedBy),
      replacedBy: titles(l.replacedBy),
    }).toEqual(expected)
  })
})

describe('lawGraph().chain', () => {
  const wholeChain = ['Weapons 2002', 'Weapons 2002, am. 1', 'Weapons 2002, am. 2', 'Weapons 2014', 'Weapons 2014, am. 1', 'Weapons 2014, am. 2']
  it.each(wholeChain)('from %s is the whole chain in date order, with that act marked', (title) => {
    const chain = graph.chain(byTitle(title))
    expect(titles(chain.map((s) => s.law))).toEqual(wholeChain)
    expect(chain.filter((s) => s.current).map((s) => s.law.title)).toEqual([title])
  })
  it('says what each step changes', () => {
    const chain = graph.chain(byTitle('Weapons 2002'))
    const step = chain.find((s) => s.law.title === 'Weapons 2014')
    expect(titles(step?.replaces ?? [])).toEqual(['Weapons 2002'])
    expect(step?.amends).toEqual([])
  })
  it('is the act alone when nothing links to it', () => {
    expect(graph.chain(byTitle('Private security 2014')).map((s) => s.law.title)).toEqual(['Private security 2014'])
  })
  it('terminates on cycles (bad data: two acts amending each other)', () => {
    const cyclic = lawGraph([act(1, 'a', '2001-01-01', { amends: [2] }), act(2, 'b', '2002-01-01', { amends: [1] })])
    const first = cyclic.byId.get('1') as Act
    expect(cyclic.chain(first).map((s) => s.law.title)).toEqual(['a', 'b'])
  })
})
