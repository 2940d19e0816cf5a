/**
 * Static listings: the pages of a filtered, paginated list as plain data, so a static site can
 * offer filter and page URLs that work without JavaScript.
 */

export interface ListingPage<T> {
  /** Path segments after the listing's base, e.g. ['topic', 'gender', 'page', '2'], [] for the first page. */
  segments: string[]
  items: T[]
  page: number
  pageCount: number
  total: number
  /** The filter this page shows, or null for the unfiltered list. */
  filter: { dimension: string; value: string } | null
}

/** Splits `items` into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`)
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages.length ? pages : [[]]
}

/** Path segments of page `page` (1-based) under `prefix`: page 1 has none, later pages add `page/N`. */
export function pageSegments(prefix: string[], page: number): string[] {
  return page === 1 ? prefix : [...prefix, 'page', String(page)]
}

/**
 * Every page of the unfiltered list and of each single-value filter.
 * @example buildListing(news, 12, { topic: (n) => [n.topic], year: (n) => [n.date.slice(0, 4)] })
 */
export function buildListing<T>(
  items: readonly T[],
  size: number,
  dimensions: Record<string, (item: T) => readonly string[]>,
): ListingPage<T>[] {
  const out: ListingPage<T>[] = []
  const add = (list: readonly T[], prefix: string[], filter: ListingPage<T>['filter']) => {
    const pages = paginate(list, size)
    pages.forEach((pageItems, i) => {
      out.push({ segments: pageSegments(prefix, i + 1), items: pageItems, page: i + 1, pageCount: pages.length, total: list.length, filter })
    })
  }
  add(items, [], null)
  for (const [dimension, valuesOf] of Object.entries(dimensions)) {
    const values = new Set(items.flatMap((item) => valuesOf(item)))
    for (const value of [...values].sort()) {
      add(items.filter((item) => valuesOf(item).includes(value)), [dimension, value], { dimension, value })
    }
  }
  return out
}

/** Values of one dimension with their counts, in the order given by `order` (vocabulary order). */
export function facetCounts<T>(items: readonly T[], valuesOf: (item: T) => readonly string[], order?: readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const item of items) for (const v of new Set(valuesOf(item))) counts.set(v, (counts.get(v) ?? 0) + 1)
  const keys = order ? order.filter((v) => counts.has(v)) : [...counts.keys()].sort()
  return keys.map((value) => ({ value, count: counts.get(value) ?? 0 }))
}
