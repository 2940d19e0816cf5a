/**
 * What the monitor links an incident to, computed once per build: the laws in force in its
 * jurisdiction (the compendium) and the monitor reports (publications) that cover its month.
 * Small enough (a few KB) to travel as island props.
 */
import { jurisdictionLawsPath } from '@clearinghouse/shared/laws'
import { monitorPeriod } from '@clearinghouse/shared/publications'

import { getPublications } from '../content'
import type { MonitorConnections, MonitorReportLink } from './connectionLinks'
import { getCompendiumActs } from '../laws'

const IN_FORCE = new Set(['in-force', 'amended'])

let cached: Promise<MonitorConnections> | undefined

export function getMonitorConnections(): Promise<MonitorConnections> {
  cached ??= (async () => {
    const reports: MonitorReportLink[] = []
    for (const p of await getPublications()) {
      const period = p.slug ? monitorPeriod(p.type, p.date) : null
      if (period) reports.push({ title: p.title, href: `/publications/${p.slug}/`, ...period })
    }
    const laws: MonitorConnections['laws'] = {}
    for (const act of await getCompendiumActs()) {
      const entry = (laws[act.jurisdiction] ??= { href: jurisdictionLawsPath(act.jurisdiction), inForce: 0 })
      if (act.status && IN_FORCE.has(act.status)) entry.inForce++
    }
    return { reports, laws }
  })()
  return cached
}
