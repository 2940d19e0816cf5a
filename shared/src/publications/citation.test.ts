import { describe, expect, it } from 'vitest'

import { placeFromAddress, publicationCitation } from './citation'

describe('publicationCitation', () => {
  const base = {
    author: 'South East and East Europe Clearinghouse',
    date: '2025-06-30T12:00:00.000Z',
    title: 'Regional Report on Arms Exports 2023',
    place: 'Belgrade',
    url: 'https://example.org/publications/regional-report/',
  }
  it('cites author, year, title, place and address', () => {
    expect(publicationCitation(base)).toBe(
      'South East and East Europe Clearinghouse (2025). Regional Report on Arms Exports 2023. Belgrade. https://example.org/publications/regional-report/',
    )
  })
  it('adds no second full stop after a title ending in punctuation', () => {
    expect(publicationCitation({ ...base, title: 'Who holds the guns?' })).toContain('(2025). Who holds the guns? Belgrade.')
  })
  it('leaves out an unknown place', () => {
    expect(publicationCitation({ ...base, place: null })).toBe(
      'South East and East Europe Clearinghouse (2025). Regional Report on Arms Exports 2023. https://example.org/publications/regional-report/',
    )
  })
})

describe.each([
  ['Bulevar Zorana Đinđića 64, 11000 Belgrade, Serbia', 'Belgrade'],
  ['Rruga e Kavajës 1, Tirana, Albania', 'Tirana'],
  ['str. Mitropolit Dosoftei 1, MD-2012 Chișinău, Republic of Moldova', 'Chișinău'],
  ['Belgrade', null],
  ['', null],
])('placeFromAddress(%j)', (address, place) => {
  it(`is ${place}`, () => expect(placeFromAddress(address)).toBe(place))
})
