import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { EMPTY_SEARCH, isEmptySearch, MAX_QUERY_LENGTH, parseSearchState, searchStateToQuery, type LawSearchState } from './searchState'

const parse = (query: string) => parseSearchState(new URLSearchParams(query))

describe.each([
  ['', EMPTY_SEARCH],
  ['?q=safe+storage', { ...EMPTY_SEARCH, q: 'safe storage' }],
  ['?q=%20%20safe%0A%20storage%20', { ...EMPTY_SEARCH, q: 'safe storage' }],
  ['?q=%D0%BE%D1%80%D1%83%D0%B6%D1%98%D0%B5&jurisdiction=serbia', { ...EMPTY_SEARCH, q: 'оружје', jurisdiction: 'serbia' }],
  ['?jurisdiction=kosovo&subject=civil-explosives&status=in-force&eu=dir-2014-28', { q: '', jurisdiction: 'kosovo', subject: 'civil-explosives', status: 'in-force', eu: 'dir-2014-28' }],
  ['?jurisdiction=atlantis&status=Repealed&eu=', EMPTY_SEARCH],
  ['?page=2&utm_source=x', EMPTY_SEARCH],
])('parseSearchState(%j)', (query, expected) => {
  it('reads the state, dropping unknown values', () => expect(parse(query)).toEqual(expected))
})

describe('parseSearchState', () => {
  it('cuts a very long keyword', () => expect(parse(`?q=${'a'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH))
})

describe('searchStateToQuery', () => {
  it.each([
    [EMPTY_SEARCH, ''],
    [{ ...EMPTY_SEARCH, q: '  ' }, ''],
    [{ ...EMPTY_SEARCH, eu: 'cp-2008-944', q: 'licence' }, '?q=licence&eu=cp-2008-944'],
    [{ q: 'a&b', jurisdiction: 'serbia', subject: 'criminal-law', status: 'repealed', eu: 'dir-2021-555' }, '?q=a%26b&jurisdiction=serbia&subject=criminal-law&status=repealed&eu=dir-2021-555'],
  ])('%j → %j', (state, expected) => expect(searchStateToQuery(state)).toBe(expected))

  it('round-trips through the URL for any keyword (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('', 'serbia', 'kosovo'), (q, jurisdiction) => {
        const state: LawSearchState = parse(`?${new URLSearchParams({ q, jurisdiction }).toString()}`)
        expect(parse(searchStateToQuery(state))).toEqual(state)
      }),
    )
  })
})

describe('isEmptySearch', () => {
  it.each([
    [EMPTY_SEARCH, true],
    [{ ...EMPTY_SEARCH, q: ' ' }, true],
    [{ ...EMPTY_SEARCH, q: 'x' }, false],
    [{ ...EMPTY_SEARCH, status: 'repealed' }, false],
  ])('%j is %s', (state, expected) => expect(isEmptySearch(state)).toBe(expected))
})
