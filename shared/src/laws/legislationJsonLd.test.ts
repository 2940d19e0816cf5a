import { describe, expect, it } from 'vitest'

import { LAW_STATUSES } from '../vocab'
import { KOSOVO_STRATEGY, SERBIA_1992, SERBIA_2015 } from './__fixtures__/laws'
import { LEGAL_FORCE, legislationJsonLd } from './legislationJsonLd'

describe('LEGAL_FORCE', () => {
  it.each([
    ['in-force', 'https://schema.org/InForce'],
    ['amended', 'https://schema.org/PartiallyInForce'],
    ['repealed', 'https://schema.org/NoLongerInForce'],
  ] as const)('%s is %s', (status, value) => expect(LEGAL_FORCE[status]).toBe(value))
  it('covers every status of the vocabulary', () => expect(Object.keys(LEGAL_FORCE).sort()).toEqual(LAW_STATUSES.map((s) => s.value).sort()))
})

describe('legislationJsonLd', () => {
  const url = 'https://example.org/laws/serbia-weapons-2015/'
  const data = legislationJsonLd({
    law: SERBIA_2015,
    url,
    changes: [{ title: SERBIA_1992.title, url: 'https://example.org/laws/serbia-weapons-1992/' }],
    files: [{ url: 'https://example.org/files/a.pdf', mimeType: 'application/pdf', inLanguage: 'en' }],
  })
  it('describes the act with schema.org Legislation properties', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      url,
      name: 'Law on Weapons and Ammunition (2015)',
      alternateName: 'Zakon o oružju i municiji',
      legislationIdentifier: 'Official Gazette of the Republic of Serbia No. 20/2015',
      legislationDate: '2015-02-19',
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'Serbia' },
      legislationLegalForce: 'https://schema.org/PartiallyInForce',
      legislationType: 'Law',
      inLanguage: 'sr-Latn',
    })
  })
  it('names the acts it changes, the EU instruments it transposes and its files', () => {
    expect(data.legislationChanges).toEqual([{ '@type': 'Legislation', name: SERBIA_1992.title, url: 'https://example.org/laws/serbia-weapons-1992/' }])
    expect(data.legislationTransposes).toEqual([{ '@type': 'Legislation', name: 'Directive (EU) 2021/555 on control of the acquisition and possession of weapons' }])
    expect(data.encoding).toEqual([{ '@type': 'MediaObject', contentUrl: 'https://example.org/files/a.pdf', inLanguage: 'en', encodingFormat: 'application/pdf' }])
  })
  it('leaves out what an act does not have', () => {
    const bare = legislationJsonLd({ law: KOSOVO_STRATEGY, url, changes: [], files: [] })
    for (const key of ['alternateName', 'legislationIdentifier', 'legislationChanges', 'legislationTransposes', 'encoding']) expect(bare).not.toHaveProperty(key)
    expect(bare.inLanguage).toBe('und')
    expect(bare.legislationJurisdiction).toEqual({ '@type': 'AdministrativeArea', name: 'Kosovo*' })
    expect(bare.legislationType).toBe('Strategy')
  })
})
