/**
 * The searchable list's ordering and paging over the filtered rows: sorting works on the typed
 * columns and returns row indexes, so only the visible page is ever turned into objects.
 */
import { CATEGORY_VOCABULARIES, type AvmpData, type CategoryColumn } from './codec'

/** Columns the list can be sorted by. */
export const LIST_SORT_KEYS = ['date', 'jurisdiction', 'context', 'killed', 'injured'] as const
export type ListSortKey = (typeof LIST_SORT_KEYS)[number]

/** Incidents per page of the list. */
export const LIST_PAGE_SIZE = 50

/** Rank of each code of a category column by its label (alphabetical, as a reader expects). */
function labelRanks(data: AvmpData, column: CategoryColumn): Uint8Array {
  const terms = CATEGORY_VOCABULARIES[column]
  const labels = data.vocab[column].map((value) => terms.find((t) => t.value === value)?.label ?? value)
  const order = labels.map((_, code) => code).sort((a, b) => labels[a]!.localeCompare(labels[b]!, 'en'))
  const ranks = new Uint8Array(256)
  order.forEach((code, rank) => (ranks[code] = rank))
  return ranks
}

/**
 * `rows` (ascending row indexes, i.e. by date) ordered by `key`; ties keep the newest first, so a
 * sort by jurisdiction still lists each jurisdiction's latest incidents on top.
 * @example sortRows(data, applyFilter(data, filter), 'killed', true)
 */
export function sortRows(data: AvmpData, rows: Uint32Array, key: ListSortKey, descending: boolean): Uint32Array {
  if (key === 'date') return descending ? rows.slice().reverse() : rows.slice()
  let value: (row: number) => number
  if (key === 'killed' || key === 'injured') {
    const column = data.victims[key]
    value = (row) => column[row]!
  } else {
    const ranks = labelRanks(data, key)
    const column = data[key]
    value = (row) => ranks[column[row]!]!
  }
  const sign = descending ? -1 : 1
  // Newest first among equals: rows are ascending by date, so a larger index is newer.
  return rows.slice().sort((a, b) => sign * (value(a) - value(b)) || b - a)
}

/** The page (1-based) on which the row at `position` of the ordered list appears. */
export function pageOfPosition(position: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.floor(position / pageSize) + 1
}

/** Number of pages for `count` rows (at least 1, so an empty list still has a page). */
export function pageCount(count: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize))
}
