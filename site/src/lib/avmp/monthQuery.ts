/**
 * The month pages' URL view: `/avmp/?year=2024&month=9&jurisdiction=serbia&context=domestic-violence`
 * (the form people and reports link to). A plain month goes to its static page; a jurisdiction or
 * context is computed here from the monitor's data file with the same code as the build. The data
 * code loads only when such a link is opened, so the month pages stay script-light.
 */
import { INCIDENT_CONTEXTS, JURISDICTIONS } from '@clearinghouse/shared/vocab'

export interface MonthQuery {
  year: number
  month: number
  jurisdiction: string | null
  context: string | null
}

const JURISDICTION_VALUES: ReadonlySet<string> = new Set(JURISDICTIONS.filter((j) => j.avmp).map((j) => j.value))
const CONTEXT_VALUES: ReadonlySet<string> = new Set(INCIDENT_CONTEXTS.map((c) => c.value))

/**
 * Reads and checks the query against the page's own month and the months with data (YYYY-MM,
 * inclusive). Returns null when the URL asks for nothing, a message when it asks for what is not there.
 */
export function parseMonthQuery(
  params: URLSearchParams,
  page: { year: number; month: number },
  range: { first: string; last: string },
): MonthQuery | { error: string } | null {
  if (!['year', 'month', 'jurisdiction', 'context'].some((k) => params.get(k))) return null
  const year = params.get('year') ? Number(params.get('year')) : page.year
  const month = params.get('month') ? Number(params.get('month')) : params.get('year') ? 1 : page.month
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return { error: 'The link names a month that does not exist.' }
  const iso = `${year}-${String(month).padStart(2, '0')}`
  if (iso < range.first || iso > range.last) return { error: `The monitor has no data for ${iso}: its months run from ${range.first} to ${range.last}.` }
  const jurisdiction = params.get('jurisdiction') || null
  const context = params.get('context') || null
  if (jurisdiction && !JURISDICTION_VALUES.has(jurisdiction)) return { error: `The monitor does not cover “${jurisdiction}”.` }
  if (context && !CONTEXT_VALUES.has(context)) return { error: `“${context}” is not an incident context of the monitor.` }
  return { year, month, jurisdiction, context }
}

export const monthPagePath = (q: Pick<MonthQuery, 'year' | 'month'>): string => `/avmp/month/${q.year}-${String(q.month).padStart(2, '0')}/`
