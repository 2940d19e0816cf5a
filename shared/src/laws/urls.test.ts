import { describe, expect, it } from 'vitest'

import { FACETS } from './searchState'
import { groupAnchor, jurisdictionLawsPath, lawPath, RESERVED_LAW_SLUGS, subjectLawsPath } from './urls'

describe('compendium paths', () => {
  it.each([
    [lawPath('serbia-weapons-2015'), '/laws/serbia-weapons-2015/'],
    [jurisdictionLawsPath('kosovo'), '/laws/jurisdiction/kosovo/'],
    [subjectLawsPath('civil-explosives'), '/laws/subject/civil-explosives/'],
    [`#${groupAnchor('serbia')}`, '#group-serbia'],
  ])('%s is %s', (path, expected) => expect(path).toBe(expected))
  it('end with a slash, as every page URL of the site does', () => {
    for (const path of [lawPath('x'), jurisdictionLawsPath('x'), subjectLawsPath('x')]) expect(path.endsWith('/')).toBe(true)
  })
  it('reserve the listing pages, so no act slug can shadow them', () => {
    expect(RESERVED_LAW_SLUGS).toEqual(expect.arrayContaining(['jurisdiction', 'subject', 'search']))
    expect(Object.keys(FACETS)).toEqual(['jurisdiction', 'subject', 'status', 'eu'])
  })
})
