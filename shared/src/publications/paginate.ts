/** Publications per listing page, on the index and on every filter page. */
export const PUBLICATIONS_PER_PAGE = 24

export interface Page<T> {
  /** 1-based. */
  readonly page: number
  readonly pages: number
  readonly total: number
  readonly items: T[]
}

/** Split a list into pages; an empty list is one empty page (the listing still exists). */
export function paginate<T>(items: readonly T[], perPage = PUBLICATIONS_PER_PAGE): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive integer, got ${perPage}`)
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    total: items.length,
    items: items.slice(i * perPage, (i + 1) * perPage),
  }))
}

/**
 * The path of a page of a listing whose first page is `base` (ending in `/`).
 * @example pagePath('/publications/', 2) // '/publications/page/2/'
 */
export function pagePath(base: string, page: number): string {
  if (!base.endsWith('/')) throw new Error(`A listing path ends with "/": ${base}`)
  return page <= 1 ? base : `${base}page/${page}/`
}
