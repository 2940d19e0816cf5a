export interface Group<K extends string, T> {
  key: K
  items: T[]
}

/**
 * Items grouped under each of their keys (an act on two subjects is listed under both), groups in
 * the order of `keys` (a vocabulary), empty groups left out, items in the order given.
 */
export function groupByKeys<T, K extends string>(items: readonly T[], keys: readonly K[], keysOf: (item: T) => readonly string[]): Group<K, T>[] {
  return keys.map((key) => ({ key, items: items.filter((item) => keysOf(item).includes(key)) })).filter((g) => g.items.length > 0)
}

interface Dated {
  adoptedDate: string
  title: string
}

/** Newest adoption first; same-day acts by title, so the order is stable between builds. */
export function newestFirst(a: Dated, b: Dated): number {
  return b.adoptedDate.localeCompare(a.adoptedDate) || a.title.localeCompare(b.title, 'en')
}

/**
 * The acts most recently added to or changed in the compendium: by the day of the record's last
 * update, then newest adoption first. By day, because records entered or imported together differ
 * by milliseconds that say nothing to a reader; within a day the newest acts (often the latest
 * amendments) lead.
 */
export function recentlyChanged<T extends Dated & { updatedAt: string }>(laws: readonly T[], count: number): T[] {
  return [...laws].sort((a, b) => b.updatedAt.slice(0, 10).localeCompare(a.updatedAt.slice(0, 10)) || newestFirst(a, b)).slice(0, count)
}
