/**
 * The month at a glance as HTML: one renderer for the build (static month pages) and the browser
 * (a view chosen in the URL, `?year=&month=&jurisdiction=&context=`), so both show the same thing.
 * Browser-safe: no Node imports.
 */
import type { MonthAtAGlance } from '@clearinghouse/shared/avmp'
import { formatMonth, formatNumber } from '@clearinghouse/shared/format'
import { INCIDENT_CONTEXTS, JURISDICTIONS, KOSOVO_FOOTNOTE, labelOf, VICTIM_OUTCOMES } from '@clearinghouse/shared/vocab'

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const n = (value: number): string => formatNumber(value)
const pct = (value: number | null): string => (value === null ? '–' : `${value > 0 ? '+' : ''}${Math.round(value)}%`)
const flagText = (flag: 'above' | 'below' | null): string =>
  flag === 'above' ? 'above the usual level' : flag === 'below' ? 'below the usual level' : ''

export const glanceMonthIso = (g: Pick<MonthAtAGlance, 'year' | 'month'>): string => `${g.year}-${String(g.month).padStart(2, '0')}`
export const glanceMonthName = (g: Pick<MonthAtAGlance, 'year' | 'month'>): string =>
  formatMonth(glanceMonthIso(g))

/** "Serbia, domestic violence" — what the view is narrowed to, or '' for the whole region. */
export function glanceScope(g: Pick<MonthAtAGlance, 'jurisdiction' | 'context'>): string {
  return [g.jurisdiction && labelOf(JURISDICTIONS, g.jurisdiction), g.context && labelOf(INCIDENT_CONTEXTS, g.context).toLowerCase()]
    .filter(Boolean)
    .join(', ')
}

/** The glance's sections; `partial` marks a month that is not over yet. */
export function renderMonthGlance(g: MonthAtAGlance, partial: boolean): string {
  const name = glanceMonthName(g)
  const scope = glanceScope(g)
  const usual =
    g.usual.mean !== null
      ? `; usual level ${g.usual.mean.toFixed(1)} a month (${pct(g.usual.deviationPct)}${g.usual.flag ? `<strong>, ${flagText(g.usual.flag)}</strong>` : ''})`
      : ''
  const rows = g.byJurisdiction
    .map(
      (j) => `<tr><th scope="row">${esc(j.label)}</th><td class="num">${n(j.count)}</td><td class="num">${pct(j.previousMonth.changePct)}</td>` +
        `<td class="num">${pct(j.sameMonthLastYear.changePct)}</td><td class="num">${j.usual.mean === null ? '–' : j.usual.mean.toFixed(1)}` +
        (j.usual.flag
          ? `<strong class="flag flag-${j.usual.flag}"> ${j.usual.flag === 'above' ? '▲' : '▼'}<span class="visually-hidden">${flagText(j.usual.flag)}</span></strong>`
          : '') +
        '</td></tr>',
    )
    .join('')
  const list = (items: { label: string; count: number }[]) =>
    items.length ? `<ol>${items.map((c) => `<li>${esc(c.label)}: ${n(c.count)}</li>`).join('')}</ol>` : '<p>None.</p>'
  return [
    '<section class="panel glance-summary" aria-labelledby="glance-heading">',
    `<h2 id="glance-heading">${esc(name)}${partial ? ' so far' : ''}${scope ? `: ${esc(scope)}` : ''}</h2>`,
    `<p class="figure" data-glance-count="${g.count}">${n(g.count)}</p>`,
    `<p>incidents reported. Previous month: ${n(g.previousMonth.count)} (${pct(g.previousMonth.changePct)}); same month last year: ${n(g.sameMonthLastYear.count)} (${pct(g.sameMonthLastYear.changePct)})${usual}.</p>`,
    `<dl class="glance-victims">${VICTIM_OUTCOMES.map((o) => `<div><dt>${esc(o.label)}</dt><dd>${n(g.victims[o.value])}</dd></div>`).join('')}</dl>`,
    '</section>',
    '<div class="glance-cols">',
    `<section aria-labelledby="top-contexts"><h2 id="top-contexts">Main contexts</h2>${list(g.topContexts)}</section>`,
    `<section aria-labelledby="top-jurisdictions"><h2 id="top-jurisdictions">Most incidents</h2>${list(g.topJurisdictions)}</section>`,
    '</div>',
    `<h2 id="by-jurisdiction">By jurisdiction${g.context ? `: ${esc(labelOf(INCIDENT_CONTEXTS, g.context).toLowerCase())}` : ''}</h2>`,
    '<div class="table-scroll glance-table" tabindex="0" role="region" aria-labelledby="by-jurisdiction"><table>',
    `<caption class="visually-hidden">Incidents by jurisdiction in ${esc(name)} compared with the previous month, the same month last year and the usual level</caption>`,
    '<thead><tr><th scope="col">Jurisdiction</th><th scope="col" class="num">Incidents</th><th scope="col" class="num">vs previous month</th><th scope="col" class="num">vs a year earlier</th><th scope="col" class="num">Usual level</th></tr></thead>',
    `<tbody>${rows}</tbody></table></div>`,
    `<p class="small muted">Usual level: the mean of the previous 12 months; ▲ or ▼ marks a month more than 25% above or below it. ${esc(KOSOVO_FOOTNOTE)}</p>`,
  ].join('')
}
