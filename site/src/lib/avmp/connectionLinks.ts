/**
 * The links from one incident to the rest of the site (browser-safe: islands import it; the data
 * come from `connections.ts` at build time).
 */
import { formatMonth } from '@clearinghouse/shared/format'
import { coversMonth } from '@clearinghouse/shared/publications'
import { JURISDICTIONS, labelOf } from '@clearinghouse/shared/vocab'

export interface MonitorReportLink {
  title: string
  href: string
  /** First and last month covered (YYYY-MM). */
  from: string
  to: string
}

export interface MonitorConnections {
  reports: MonitorReportLink[]
  /** Per jurisdiction: its page in the compendium and how many of its acts are in force. */
  laws: Record<string, { href: string; inForce: number }>
}


/** The laws in force where an incident happened, the reports on its month, the month at a glance. */
export function connectionLinks(connections: MonitorConnections, jurisdiction: string, month: string): { href: string; text: string }[] {
  const name = labelOf(JURISDICTIONS, jurisdiction)
  const law = connections.laws[jurisdiction]
  return [
    ...(law ? [{ href: law.href, text: `Arms laws of ${name} (${law.inForce} in force)` }] : []),
    ...connections.reports.filter((r) => coversMonth(r, month)).map((r) => ({ href: r.href, text: r.title })),
    { href: `/avmp/month/${month}/`, text: `${formatMonth(month)} at a glance` },
  ]
}
