import { allRows, codeOf, countByMonth, monthNumber, yearMonthOf, type AvmpData } from '@clearinghouse/shared/avmp'

/** Every month from the first with data to `now`'s month, as { year, month, iso }. */
export function monthsWithData(data: AvmpData, now: Date): { year: number; month: number; iso: string }[] {
  if (data.length === 0) return []
  const first = data.month[0] ?? 0
  const last = monthNumber(now.getUTCFullYear(), now.getUTCMonth() + 1)
  const out = []
  for (let m = first; m <= last; m++) {
    const { year, month } = yearMonthOf(m)
    out.push({ year, month, iso: `${year}-${String(month).padStart(2, '0')}` })
  }
  return out
}

/** Incidents per month for the 13 months up to `now`'s month. */
export function lastThirteenMonths(data: AvmpData, now: Date) {
  const to = monthNumber(now.getUTCFullYear(), now.getUTCMonth() + 1)
  return countByMonth(data, allRows(data), { range: { from: to - 12, to } })
}

/** Incidents per month in one jurisdiction over the `months` months up to `now`'s month. */
export function jurisdictionTrend(data: AvmpData, jurisdiction: string, now: Date, months = 36) {
  const code = codeOf(data, 'jurisdiction', jurisdiction)
  const rows = allRows(data).filter((r) => data.jurisdiction[r] === code)
  const to = monthNumber(now.getUTCFullYear(), now.getUTCMonth() + 1)
  return countByMonth(data, rows, { range: { from: to - months + 1, to } })
}
