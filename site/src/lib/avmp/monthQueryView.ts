/**
 * Shows a month view chosen in the URL (see monthQuery.ts): loads and decodes the monitor's core
 * data file and renders the glance with the build's own renderer. Loaded on demand only.
 */
import { decodeIncidents, monthAtAGlance } from '@clearinghouse/shared/avmp'

import { glanceMonthIso, glanceMonthName, glanceScope, renderMonthGlance } from './glanceHtml'
import type { MonthQuery } from './monthQuery'

export async function showMonthQuery(query: MonthQuery, page: HTMLElement, buildMonth: string): Promise<void> {
  const manifest = (await (await fetch('/avmp/data/latest.json')).json()) as { core: string }
  const response = await fetch(manifest.core)
  if (!response.ok) throw new Error(`the data file answered ${response.status}`)
  const data = decodeIncidents(new Uint8Array(await response.arrayBuffer()))
  const glance = monthAtAGlance(data, query)
  const target = page.querySelector('[data-glance]')
  if (target) target.innerHTML = renderMonthGlance(glance, glanceMonthIso(glance) === buildMonth)
  const scope = glanceScope(glance)
  const title = `Firearm incidents in ${glanceMonthName(glance)}${scope ? `: ${scope}` : ''}`
  const heading = page.querySelector('h1')
  if (heading) heading.textContent = title
  document.title = `${title} | ${document.title.split(' | ').pop() ?? ''}`
  page.setAttribute('data-glance-view', [glanceMonthIso(glance), query.jurisdiction ?? '', query.context ?? ''].join('|'))
}
