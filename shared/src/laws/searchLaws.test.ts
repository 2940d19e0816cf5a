import { describe, expect, it } from 'vitest'

import { segmentsToString } from './extract'
import { FIXTURE_LAWS } from './__fixtures__/laws'
import { buildSearchIndex } from './searchIndex'
import { searchLaws } from './searchLaws'
import { EMPTY_SEARCH, type LawSearchState } from './searchState'

const index = buildSearchIndex(FIXTURE_LAWS)
const search = (state: Partial<LawSearchState>) => searchLaws(index, { ...EMPTY_SEARCH, ...state })
const slugs = (state: Partial<LawSearchState>) => search(state).hits.map((h) => h.act.s)

describe('searchLaws: which acts', () => {
  it.each<[string, Partial<LawSearchState>, string[]]>([
    ['everything, by jurisdiction then newest', {}, ['kosovo-strategy-2023', 'serbia-weapons-2015', 'serbia-weapons-1992', 'ukraine-export-control-2003']],
    ['a jurisdiction', { jurisdiction: 'serbia' }, ['serbia-weapons-2015', 'serbia-weapons-1992']],
    ['a subject', { subject: 'export-import-control' }, ['kosovo-strategy-2023', 'ukraine-export-control-2003']],
    ['a status', { status: 'repealed' }, ['serbia-weapons-1992']],
    ['an EU instrument', { eu: 'cp-2008-944' }, ['ukraine-export-control-2003']],
    ['filters combined (AND)', { jurisdiction: 'serbia', status: 'in-force' }, []],
    ['a word in provisions', { q: 'locked' }, ['serbia-weapons-1992']],
    ['any case, no diacritics, either script (more matching provisions first)', { q: 'ORUZJE' }, ['serbia-weapons-1992', 'serbia-weapons-2015']],
    ['Cyrillic and Latin alike, either way', { q: 'ОРУЖЈЕ' }, ['serbia-weapons-1992', 'serbia-weapons-2015']],
    ['Latin words in Cyrillic text', { q: 'cuvaju municiju' }, ['serbia-weapons-1992']],
    ['Ukrainian without the diaeresis', { q: 'зброі' }, ['ukraine-export-control-2003']],
    ['all words must occur (AND)', { q: 'licence transit' }, ['ukraine-export-control-2003']],
    ['all words must occur, one missing', { q: 'licence explosives' }, []],
    ['words and filters', { q: 'weapons', jurisdiction: 'serbia', status: 'amended' }, ['serbia-weapons-2015']],
    ['the gazette reference', { q: '20/2015' }, ['serbia-weapons-2015']],
    ['the summary', { q: 'action plan' }, ['kosovo-strategy-2023']],
  ])('%s', (_, state, expected) => expect(slugs(state)).toEqual(expected))

  it('puts acts with the words in their title first', () => {
    // "categories" is in the 2015 law's provisions only; "ammunition" in both titles.
    expect(slugs({ q: 'ammunition' })[0]).toMatch(/^serbia-weapons/)
    expect(slugs({ q: 'firearms' })).toEqual(['serbia-weapons-2015', 'serbia-weapons-1992'])
  })
})

describe('searchLaws: what each result shows', () => {
  it('extracts of the matching provisions only, best match first, with the words marked', () => {
    const [hit] = search({ q: 'firearms locked' }).hits
    expect(hit?.provisions.map((p) => p.reference)).toEqual(['Article 25'])
    expect(segmentsToString(hit?.provisions[0]?.english ?? [])).toContain('keep [firearms] and ammunition separately, in a [locked] cabinet')
  })
  it('marks the original-language text where it matches, and not the English', () => {
    const [hit] = search({ q: 'оружје', status: 'repealed' }).hits
    expect(hit?.provisions.map((p) => p.reference)).toEqual(['Article 11', 'Article 25'])
    expect(hit?.provisions[0]?.english).toBeNull()
    expect(segmentsToString(hit?.provisions[0]?.original ?? [])).toContain('ватрено [оружје]')
  })
  it('marks the words in the title and the heading', () => {
    const [hit] = search({ q: 'storage weapons', jurisdiction: 'serbia', status: 'repealed' }).hits
    expect(segmentsToString(hit?.title ?? [])).toBe('Law on [Weapons] and Ammunition (1992)')
    expect(segmentsToString(hit?.provisions[0]?.heading ?? [])).toBe('Safe [storage]')
  })
  it('shows the summary extract when the words are in the summary', () => {
    const [hit] = search({ q: 'action plan' }).hits
    expect(hit?.provisions).toEqual([])
    expect(segmentsToString(hit?.summary ?? [])).toContain('with an [action] [plan]')
  })
  it('shows no extracts without words', () => {
    const hits = search({ jurisdiction: 'serbia' }).hits
    expect(hits.every((h) => h.provisions.length === 0 && h.summary === null)).toBe(true)
    expect(search({}).terms).toEqual([])
  })
})
