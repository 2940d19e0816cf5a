import { describe, expect, it } from 'vitest'

import { DRAFT_WITHOUT_SLUG, FIXTURE_LAWS, KOSOVO_STRATEGY, SERBIA_1992, SERBIA_2015 } from './__fixtures__/laws'
import { buildSearchIndex, isLawSearchIndex } from './searchIndex'

const index = buildSearchIndex([...FIXTURE_LAWS, DRAFT_WITHOUT_SLUG])

describe('buildSearchIndex', () => {
  it('has one entry per act with a page, in the order given', () => {
    expect(index.acts.map((a) => a.s)).toEqual(FIXTURE_LAWS.map((l) => l.slug))
  })
  it('keeps what the search filters and shows', () => {
    expect(index.acts[0]).toEqual({
      s: 'serbia-weapons-1992',
      t: SERBIA_1992.title,
      o: 'Закон о оружју и муницији',
      l: 'sr-Cyrl',
      j: 'serbia',
      k: 'law',
      st: 'repealed',
      su: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      eu: [],
      d: '1992-02-18',
      g: 'Official Gazette of the Republic of Serbia No. 9/1992',
      m: SERBIA_1992.summary,
      p: SERBIA_1992.provisions?.map((p) => ({ r: p.reference, h: p.heading, e: p.textEnglish, x: p.textOriginal })),
    })
  })
  it('tags the script of BCMS acts from their text', () => {
    expect(index.acts.find((a) => a.s === SERBIA_2015.slug)?.l).toBe('sr-Latn')
  })
  it('leaves out empty optional fields instead of writing nulls', () => {
    const kosovo = index.acts.find((a) => a.s === KOSOVO_STRATEGY.slug)
    expect(kosovo).not.toHaveProperty('o')
    expect(kosovo).not.toHaveProperty('l')
    expect(kosovo).not.toHaveProperty('g')
    expect(JSON.stringify(index)).not.toContain('null')
  })
  it('survives a JSON round trip and is recognised', () => {
    const parsed: unknown = JSON.parse(JSON.stringify(index))
    expect(isLawSearchIndex(parsed)).toBe(true)
    expect(parsed).toEqual(index)
  })
})

describe.each([
  [{ v: 1, acts: [] }, true],
  [{ v: 2, acts: [] }, false],
  [{ v: 1 }, false],
  [null, false],
  ['{"v":1}', false],
])('isLawSearchIndex(%j)', (value, expected) => {
  it(`is ${expected}`, () => expect(isLawSearchIndex(value)).toBe(expected))
})
