import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { FACET_KEYS } from './facetValues'
import {
  countText,
  filterPublications,
  filtersToQuery,
  hasFilters,
  matchesFilters,
  MAX_QUERY_LENGTH,
  normaliseText,
  parseFilters,
  queryWords,
  type PublicationFilters,
} from './filter'

const items = [
  {
    title: 'Armed Violence Monitor: October 2026',
    summary: 'Firearm incidents in Serbia and Kosovo*.',
    date: '2026-11-01',
    type: 'avm-monthly',
    theme: 'salw-control',
    jurisdictions: ['serbia', 'kosovo'],
    languages: ['en'],
  },
  {
    title: 'Gender and SALW: a policy brief',
    summary: 'Women in the police of Bosnia and Herzegovina.',
    date: '2025-04-01',
    type: 'policy-brief',
    theme: 'gender-and-security',
    jurisdictions: ['bosnia-and-herzegovina'],
    languages: ['en', 'bcms'],
  },
  {
    title: 'Đakovica weapons collection study',
    summary: '',
    date: '2025-09-01',
    type: 'study',
    theme: 'salw-control',
    jurisdictions: ['kosovo'],
    languages: ['en', 'sq'],
  },
]

describe('filterPublications', () => {
  it.each<[PublicationFilters, number[]]>([
    [{}, [0, 1, 2]],
    [{ type: 'policy-brief' }, [1]],
    [{ jurisdiction: 'kosovo' }, [0, 2]],
    [{ jurisdiction: 'kosovo', year: '2025' }, [2]],
    [{ language: 'bcms' }, [1]],
    [{ theme: 'salw-control', language: 'sq' }, [2]],
    [{ q: 'monitor' }, [0]],
    [{ q: 'POLICE bosnia' }, [1]],
    [{ q: 'djakovica' }, []],
    [{ q: 'dakovica' }, [2]],
    [{ q: 'Đakovica, study!' }, [2]],
    [{ q: 'monitor', type: 'study' }, []],
    [{ year: '2024' }, []],
  ])('%j → %j', (filters, expected) => {
    expect(filterPublications(items, filters)).toEqual(expected.map((i) => items[i]))
  })
})

describe('normaliseText and queryWords', () => {
  it('drops case and diacritics', () => expect(normaliseText('Šabac ČAČAK Bălți')).toBe('sabac cacak balti'))
  it('splits on punctuation and spaces', () => expect(queryWords('  arms-exports, 2024 ')).toEqual(['arms', 'exports', '2024']))
  it('reads Cyrillic words as their Latin spelling, so either script finds both', () => expect(queryWords('Закон')).toEqual(['zakon']))
})

describe('parseFilters', () => {
  it('reads known keys and trims', () => {
    expect(parseFilters('?type=study&year=%202025%20&q=+gender+&page=3')).toEqual({ type: 'study', year: '2025', q: 'gender' })
  })
  it('drops values not allowed and empty ones', () => {
    expect(parseFilters('type=zine&theme=&language=sq', { type: ['study'], language: ['sq'] })).toEqual({ language: 'sq' })
  })
  it('caps the text', () => {
    expect(parseFilters(`q=${'a'.repeat(1000)}`).q).toHaveLength(MAX_QUERY_LENGTH)
  })
})

describe('filtersToQuery', () => {
  it('writes dimensions in a fixed order and leaves out empty ones', () => {
    expect(filtersToQuery({ q: 'x y', year: '2025', theme: 'salw-control', type: '' })).toBe('?theme=salw-control&year=2025&q=x+y')
  })
  it('is empty when nothing is set', () => {
    expect(filtersToQuery({})).toBe('')
    expect(hasFilters({ q: '  ' })).toBe(false)
  })
})

const filtersArb = fc.record(
  Object.fromEntries([...FACET_KEYS, 'q'].map((k) => [k, fc.string({ maxLength: 30 })])) as Record<string, fc.Arbitrary<string>>,
  { requiredKeys: [] },
) as fc.Arbitrary<PublicationFilters>

describe('filters in the URL', () => {
  it('survive a round trip through the query string', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const query = filtersToQuery(filters)
        expect(filtersToQuery(parseFilters(query))).toBe(query)
      }),
    )
  })
  it('never select more than the unfiltered list, and each result matches', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const found = filterPublications(items, filters)
        expect(found.length).toBeLessThanOrEqual(items.length)
        for (const item of found) expect(matchesFilters(item, filters)).toBe(true)
      }),
    )
  })
})

describe('countText', () => {
  it.each([
    [0, undefined, 'No publications'],
    [1, undefined, '1 publication'],
    [1234, undefined, '1,234 publications'],
    [3, 60, '3 publications of 60'],
    [60, 60, '60 publications'],
  ])('%i of %s → %s', (count, total, text) => expect(countText(count, total)).toBe(text))
})
