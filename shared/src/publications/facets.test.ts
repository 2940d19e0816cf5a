import { describe, expect, it } from 'vitest'

import { facetGroups, facetHeading, facetOptions, facetValueLabel, PUBLICATION_FACETS } from './facets'
import { FACET_KEYS, facetValues, publicationLanguages } from './facetValues'

const pub = (over: Partial<Parameters<typeof facetValues>[0]> = {}) => ({
  date: '2025-03-05T12:00:00.000Z',
  type: 'study',
  theme: 'salw-control',
  jurisdictions: ['serbia', 'kosovo'],
  languages: ['en'],
  files: [{ language: 'en' }, { language: 'sq' }],
  ...over,
})

describe('facetValues', () => {
  it('reads the year from the date and adds the languages of files', () => {
    expect(facetValues(pub())).toEqual({
      theme: ['salw-control'],
      type: ['study'],
      jurisdiction: ['serbia', 'kosovo'],
      year: ['2025'],
      language: ['en', 'sq'],
    })
  })
  it('treats missing jurisdictions and languages as none', () => {
    expect(facetValues(pub({ jurisdictions: null, languages: null, files: null }))).toMatchObject({ jurisdiction: [], language: [] })
  })
  it('lists each language once', () => {
    expect(publicationLanguages({ languages: ['en', 'sq', 'en'], files: [{ language: 'sq' }] })).toEqual(['en', 'sq'])
  })
})

describe('PUBLICATION_FACETS', () => {
  it('has one facet per key, in the same order', () => {
    expect(PUBLICATION_FACETS.map((f) => f.key)).toEqual([...FACET_KEYS])
  })
})

describe('facetOptions', () => {
  const items = [
    pub({ date: '2023-01-01', type: 'standard', languages: ['en'], files: [] }),
    pub({ date: '2026-06-01', type: 'policy-brief', jurisdictions: ['albania'] }),
    pub({ date: '2025-01-01', type: 'policy-brief', languages: ['bcms', 'en'], files: [] }),
  ]
  it('orders types as the vocabulary does and counts them', () => {
    expect(facetOptions(items, 'type')).toEqual([
      { value: 'policy-brief', label: 'Policy brief', count: 2 },
      { value: 'standard', label: 'Standard', count: 1 },
    ])
  })
  it('orders years newest first', () => {
    expect(facetOptions(items, 'year').map((o) => o.value)).toEqual(['2026', '2025', '2023'])
  })
  it('lists only values some publication has', () => {
    expect(facetOptions(items, 'jurisdiction').map((o) => o.value)).toEqual(['albania', 'kosovo', 'serbia'])
    expect(facetOptions(items, 'language').map((o) => [o.value, o.count])).toEqual([
      ['en', 3],
      ['sq', 1],
      ['bcms', 1],
    ])
  })
  it('puts values outside the vocabulary last, labelled by their value', () => {
    expect(facetOptions([...items, pub({ type: 'zine' })], 'type').at(-1)).toEqual({ value: 'zine', label: 'zine', count: 1 })
  })
})

describe('facetGroups', () => {
  const items = [pub({ type: 'standard' }), pub({ type: 'study', theme: 'gender-and-security', date: '2024-02-02' })]
  const groups = facetGroups(items)
  it('makes one group per value present, with its publications', () => {
    const standard = groups.find((g) => g.key === 'type' && g.value === 'standard')
    expect(standard?.items).toEqual([items[0]])
    expect(groups.find((g) => g.key === 'year' && g.value === '2024')?.items).toEqual([items[1]])
  })
  it('makes no group for values without publications', () => {
    expect(groups.some((g) => g.key === 'type' && g.value === 'toolkit')).toBe(false)
  })
  it('counts every membership once', () => {
    const total = groups.filter((g) => g.key === 'jurisdiction').reduce((n, g) => n + g.items.length, 0)
    expect(total).toBe(4)
  })
})

describe.each([
  ['theme', 'gender-and-security', 'Gender and security publications'],
  ['type', 'standard', 'Publications: Standard'],
  ['jurisdiction', 'kosovo', 'Publications covering Kosovo*'],
  ['year', '2025', 'Publications from 2025'],
  ['language', 'sq', 'Publications in Albanian'],
] as const)('facetHeading(%s, %s)', (key, value, heading) => {
  it(`is "${heading}"`, () => expect(facetHeading(key, value)).toBe(heading))
})

describe('facetValueLabel', () => {
  it('labels from the vocabulary and years as themselves', () => {
    expect(facetValueLabel('language', 'bcms')).toBe('Bosnian/Croatian/Montenegrin/Serbian')
    expect(facetValueLabel('year', '2024')).toBe('2024')
  })
})
