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
 * The acts most recently added to or changed in the compendium: by the record's last update, then
 * by adoption (a seeded compendium has one update time for every act, and the newest acts are
 * then the news).
 */
export function recentlyChanged<T extends Dated & { updatedAt: string }>(laws: readonly T[], count: number): T[] {
  return [...laws].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || newestFirst(a, b)).slice(0, count)
}
