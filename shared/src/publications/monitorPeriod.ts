/**
 * The months an issue of the armed violence monitor covers, read from its type and publication
 * date: a monthly issue reviews the month before the one it appears in, a quarterly issue the
 * quarter before. Editors then link nothing by hand, and the monitor can point from any incident
 * to the reports that counted it.
 */
export interface MonitorPeriod {
  /** First and last month covered, as YYYY-MM. */
  from: string
  to: string
}

const iso = (year: number, month0: number): string => {
  const d = new Date(Date.UTC(year, month0, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/**
 * @example monitorPeriod('avm-monthly', '2026-11-10') // { from: '2026-10', to: '2026-10' }
 * @example monitorPeriod('avm-quarterly', '2026-08-12') // { from: '2026-04', to: '2026-06' }
 */
export function monitorPeriod(type: string, date: string): MonitorPeriod | null {
  const d = new Date(date)
  if (Number.isNaN(d.getTime())) return null
  const year = d.getUTCFullYear()
  const month0 = d.getUTCMonth()
  if (type === 'avm-monthly') {
    const m = iso(year, month0 - 1)
    return { from: m, to: m }
  }
  if (type === 'avm-quarterly') {
    const quarterStart = month0 - (month0 % 3)
    return { from: iso(year, quarterStart - 3), to: iso(year, quarterStart - 1) }
  }
  return null
}

/** Whether a period covers the month `yyyyMm` (YYYY-MM strings compare in calendar order). */
export const coversMonth = (period: MonitorPeriod, yyyyMm: string): boolean => period.from <= yyyyMm && yyyyMm <= period.to
