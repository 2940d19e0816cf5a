/** Addresses of the compendium's pages, in one place for the pages, the search script and tests. */
export const LAWS_PATH = '/laws/'
export const LAW_SEARCH_PATH = '/laws/search/'
export const LAW_SEARCH_INDEX_PATH = '/laws/search-index.json'

export const lawPath = (slug: string): string => `/laws/${slug}/`
export const jurisdictionLawsPath = (jurisdiction: string): string => `/laws/jurisdiction/${jurisdiction}/`
export const subjectLawsPath = (subject: string): string => `/laws/subject/${subject}/`

/** Anchor of a group on a listing page (jurisdiction page: subjects; subject page: jurisdictions). */
export const groupAnchor = (value: string): string => `group-${value}`

/**
 * Slugs an act cannot have: the compendium's own pages live beside the acts under /laws/.
 * Checked at build time so that an unlucky title fails loudly instead of hiding a page.
 */
export const RESERVED_LAW_SLUGS: readonly string[] = ['jurisdiction', 'subject', 'search', 'search-index.json']
