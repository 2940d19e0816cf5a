export interface MatrixCell<C extends string> {
  key: C
  count: number
}

export interface CountMatrix<R extends string, C extends string> {
  rows: { key: R; cells: MatrixCell<C>[]; total: number }[]
  columnTotals: MatrixCell<C>[]
  total: number
}

/**
 * Counts of items by row (one key per item) and column (any number of keys per item), in the
 * order of the given keys. Totals count items, not cells: an act on two subjects is one act, so a
 * row total can be smaller than the sum of its cells. Items with unknown keys count nowhere.
 */
export function countMatrix<T, R extends string, C extends string>(
  items: readonly T[],
  rowKeys: readonly R[],
  columnKeys: readonly C[],
  rowOf: (item: T) => string,
  columnsOf: (item: T) => readonly string[],
): CountMatrix<R, C> {
  const rows = rowKeys.map((key) => {
    const inRow = items.filter((item) => rowOf(item) === key)
    const cells = columnKeys.map((c) => ({ key: c, count: inRow.filter((item) => columnsOf(item).includes(c)).length }))
    return { key, cells, total: inRow.length }
  })
  const counted = items.filter((item) => rowKeys.includes(rowOf(item) as R))
  const columnTotals = columnKeys.map((c) => ({ key: c, count: counted.filter((item) => columnsOf(item).includes(c)).length }))
  return { rows, columnTotals, total: counted.length }
}
