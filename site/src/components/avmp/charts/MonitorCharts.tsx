/**
 * The monitor's charts, all following the shared store's filter: each with a heading, a legend,
 * a data table (the accessible alternative), and CSV and PNG downloads of exactly what it shows.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'

import {
  countByContext,
  countByJurisdiction,
  countByMonth,
  countByWeaponType,
  csvLine,
  formatProtectedCount,
  MAX_DAY,
  needsSmallCellProtection,
  perpetratorsBySex,
  ratesPer100k,
  SMALL_CELL_THRESHOLD,
  victimsByOutcomeAndSex,
  viewExtent,
  type AvmpData,
  type AvmpFilter,
  type ValueCount,
} from '@clearinghouse/shared/avmp'
import { formatMonth, formatNumber } from '@clearinghouse/shared/format'
import { SEXES, VICTIM_OUTCOMES } from '@clearinghouse/shared/vocab'

import { useAvmp } from '../useAvmp'
import type { ChartSpec, Series } from './chartConfig'
import { chartSurface, type ChartSurface } from './chartSurface'
import { downloadHref, downloadText } from '../../../lib/download'

const monthLabel = (iso: string) => formatMonth(iso, 'short')
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** A chart's numbers: its spec without the name and title its definition gives. */
type ChartNumbers = Omit<ChartSpec, 'id' | 'title'>

const single = (rowHeader: string, counts: ValueCount[], label = 'Incidents'): ChartNumbers => ({
  rowHeader,
  categories: counts.map((c) => c.label),
  series: [{ label, values: counts.map((c) => c.count) }],
  horizontal: true,
  stacked: false,
  totals: true,
})

/** Days covered by the filter within the data, for yearly rates. */
function periodLength(data: AvmpData, filter: AvmpFilter): number {
  if (data.length === 0) return 0
  const from = Math.max(filter.from ?? 0, data.day[0]!)
  const to = Math.min(filter.to ?? MAX_DAY, data.day[data.length - 1]!)
  return Math.max(0, to - from + 1)
}

/** Contexts stacked separately in the per-month chart (the others share one band). */
const CHARTED_CONTEXTS = 6
const OTHER_COLOUR = '#6b6b6b'

const sexColumns = [
  ...SEXES.map((s) => ({ value: s.value, label: s.label })),
  { value: 'unattributed' as const, label: 'Not attributable' },
]

const bySexProtected = (data: AvmpData, rows: Uint32Array) =>
  needsSmallCellProtection({ breakdown: 'sex', ...viewExtent(data, rows) })

/**
 * One chart of the page: its title (shown before its numbers are computed) and how its numbers
 * follow from the selection. Each chart computes them only once it is near the screen or its table
 * is opened, so a filter change costs the charts the reader sees, not all seven.
 */
export interface ChartDefinition {
  id: string
  title: string
  build: (data: AvmpData, rows: Uint32Array, filter: AvmpFilter) => ChartNumbers
}

export const CHARTS: ChartDefinition[] = [
  {
    id: 'per-month',
    title: 'Incidents per month, by context',
    build: (data, rows) => {
      const months = countByMonth(data, rows, { stackBy: 'context' })
      const stacks = (months.stacks ?? []).filter((s) => s.counts.some((c) => c > 0))
      // The table lists every context; the chart stacks the largest and one band for the rest:
      // half the bars to draw for a decade of months, and a legend that fits a phone.
      const largest = [...stacks].sort((a, b) => sum(b.counts) - sum(a.counts)).slice(0, CHARTED_CONTEXTS)
      const rest = stacks.filter((s) => !largest.includes(s))
      const otherBand: Series[] =
        rest.length > 0
          ? [{ label: 'All other contexts', values: months.months.map((_, i) => sum(rest.map((s) => s.counts[i] ?? 0))), table: false, color: OTHER_COLOUR }]
          : []
      return {
        rowHeader: 'Month',
        categories: months.months.map(monthLabel),
        series: [
          ...stacks.map((s) => ({ label: s.label, values: s.counts, chart: rest.length === 0 || largest.includes(s) })),
          ...otherBand,
        ],
        note: rest.length > 0 ? `The chart stacks the ${CHARTED_CONTEXTS} largest contexts and one band for the others; the data table lists every context.` : undefined,
        horizontal: false,
        stacked: true,
        totals: true,
      }
    },
  },
  {
    id: 'by-context',
    title: 'Incidents by context',
    build: (data, rows) => single('Context', countByContext(data, rows)),
  },
  {
    id: 'by-weapon',
    title: 'Incidents by weapon type',
    build: (data, rows) => single('Weapon type', countByWeaponType(data, rows)),
  },
  {
    id: 'victims',
    title: 'Victims by outcome and sex',
    build: (data, rows) => {
      const outcomeSex = victimsByOutcomeAndSex(data, rows)
      return {
        rowHeader: 'Outcome',
        categories: VICTIM_OUTCOMES.map((o) => o.label),
        series: sexColumns.map((s) => ({
          label: s.label,
          values: VICTIM_OUTCOMES.map((o) => outcomeSex[o.value][s.value]),
        })),
        horizontal: true,
        stacked: true,
        totals: true,
        note: 'Victims of incidents with several outcomes and both sexes cannot be attributed to one cell; they are shown as "Not attributable".',
        protect: bySexProtected(data, rows),
      }
    },
  },
  {
    id: 'perpetrators',
    title: 'Perpetrators by sex',
    build: (data, rows) => ({
      ...single('Sex', perpetratorsBySex(data, rows), 'Perpetrators'),
      protect: bySexProtected(data, rows),
    }),
  },
  {
    id: 'by-jurisdiction',
    title: 'Incidents by jurisdiction',
    build: (data, rows) => single('Jurisdiction', countByJurisdiction(data, rows)),
  },
  {
    id: 'rates',
    title: 'Incidents per 100,000 inhabitants per year, by jurisdiction',
    build: (data, rows, filter) => {
      const rates = ratesPer100k(data, rows, { days: periodLength(data, filter) })
      return {
        rowHeader: 'Jurisdiction',
        categories: rates.map((r) => r.label),
        series: [
          { label: 'Per 100,000 inhabitants per year', values: rates.map((r) => r.annualRate ?? r.rate), decimals: 2 },
          { label: 'Incidents', values: rates.map((r) => r.count), chart: false },
          { label: 'Population', values: rates.map((r) => r.population), chart: false },
        ],
        horizontal: true,
        stacked: false,
        totals: false,
        note: `Population: latest official estimates (${[...new Set(rates.map((r) => r.populationYear))].join(', ')}); the rate is scaled to a year from the selected period.`,
      }
    },
  },
]

function tableRows(spec: ChartSpec): {
  header: string[]
  body: (string | number)[][]
  footer: (string | number)[] | null
} {
  const series = spec.series.filter((s) => s.table !== false)
  const multi = series.length > 1 && spec.totals
  const header = [spec.rowHeader, ...series.map((s) => s.label), ...(multi ? ['Total'] : [])]
  const body = spec.categories.map((c, i) => {
    const cells = series.map((s) => s.values[i] ?? 0)
    return [c, ...cells, ...(multi ? [sum(cells)] : [])]
  })
  const footer = spec.totals
    ? [
        'Total',
        ...series.map((s) => sum(s.values)),
        ...(multi ? [sum(series.map((s) => sum(s.values)))] : []),
      ]
    : null
  return { header, body, footer }
}


/**
 * Whether the element is on screen or close to it. Charts off screen are drawn when the reader
 * scrolls to them: redrawing all seven on every filter change would cost 100–200 ms at a decade of
 * data, while the tables and downloads (computed from the same numbers) are always current.
 */
function useNearViewport(target: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const el = target.current
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true)
      return
    }
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: '200px 0px',
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [target])
  return near
}

interface ChartCardProps {
  chart: ChartDefinition
  data: AvmpData | null
  rows: Uint32Array
  filter: AvmpFilter
}

function ChartCard({ chart, data, rows, filter }: ChartCardProps) {
  const section = useRef<HTMLElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const surface = useRef<ChartSurface | null>(null)
  const drawn = useRef<ChartSpec | null>(null)
  const [open, setOpen] = useState(false)
  const near = useNearViewport(section)
  // Off screen with its table closed, a chart keeps the numbers it last showed.
  const last = useRef<{ spec: ChartSpec; rowCount: number } | null>(null)
  const computed = useMemo(
    () =>
      (near || open) && data
        ? { spec: { id: chart.id, title: chart.title, ...chart.build(data, rows, filter) }, rowCount: rows.length }
        : last.current,
    [chart, near, open, data, rows, filter],
  )
  last.current = computed
  const spec = computed?.spec ?? null
  const table = useMemo(() => (spec ? tableRows(spec) : null), [spec])

  // The canvas comes and goes with small-cell protection; its surface with it.
  const protect = spec?.protect === true
  useEffect(
    () => () => {
      surface.current?.detach()
      surface.current = null
      drawn.current = null
    },
    [protect],
  )

  const draw = async () => {
    if (!computed) return
    const { spec, rowCount } = computed
    if (!spec.protect && drawn.current !== spec) {
      if (!canvas.current) return
      // Created on the first draw: a chart never scrolled to costs nothing.
      surface.current ??= chartSurface(chart.id, canvas.current)
      const ms = await surface.current.draw(spec)
      drawn.current = spec
      section.current?.setAttribute('data-draw-ms', ms.toFixed(1))
    }
    // Which selection the canvas shows (tests and the benchmark wait for it).
    section.current?.setAttribute('data-rendered', 'true')
    section.current?.setAttribute('data-state', 'drawn')
    section.current?.setAttribute('data-rows', String(rowCount))
  }

  useEffect(() => {
    if (!near) {
      if (!spec || drawn.current !== spec) section.current?.setAttribute('data-state', 'deferred')
      return
    }
    let cancelled = false
    void draw().catch(() => {
      if (!cancelled) section.current?.setAttribute('data-state', 'failed')
    })
    return () => {
      cancelled = true
    }
    // `draw` reads the computed spec and row count, which are the dependencies.
  }, [computed, near])

  // Room for the legend, which wraps onto several lines on a phone.
  const legend = spec ? spec.series.filter((s) => s.chart !== false).length : 0
  const height = !spec
    ? 300
    : (spec.horizontal ? Math.max(160, spec.categories.length * 30 + 70) : 300) + (legend > 1 ? legend * 12 : 0)
  // Protected tables download as shown ("< 3"), never the counts behind them.
  const shownRow = (r: (string | number)[]) =>
    protect ? r.map((v, j) => (j === 0 ? v : formatProtectedCount(Number(v), true))) : r
  const csv = () => {
    if (!table) return
    const lines = [
      csvLine(table.header),
      ...table.body.map((r) => csvLine(shownRow(r))),
      ...(table.footer ? [csvLine(shownRow(table.footer))] : []),
    ]
    downloadText(`avmp-${chart.id}.csv`, `${lines.join('\r\n')}\r\n`, 'text/csv;charset=utf-8')
  }
  const png = async () => {
    await draw()
    const image = await surface.current?.png()
    if (!image) return
    const url = URL.createObjectURL(image)
    downloadHref(`avmp-${chart.id}.png`, url)
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  const decimals = (j: number) => spec?.series[j - 1]?.decimals ?? 0
  const cell = (v: string | number, j: number) => formatProtectedCount(Number(v), protect, (x) => formatNumber(x, decimals(j)))
  const headingId = `chart-${chart.id}-heading`
  return (
    <section ref={section} className="avmp-chart" aria-labelledby={headingId} data-chart={chart.id}>
      <h2 id={headingId}>{chart.title}</h2>
      {protect ? (
        <p className="avmp-chart-protected" data-protected="true">
          These incidents are from one municipality in one month. To protect the people involved, counts by sex under{' '}
          {SMALL_CELL_THRESHOLD} are shown as “&lt; {SMALL_CELL_THRESHOLD}” in the table and the chart is not drawn.
        </p>
      ) : (
        // No style attribute in the server HTML (the CSP allows none; CSS gives the first height):
        // React sets the computed height through the CSSOM once the chart has data.
        <div className="avmp-chart-canvas" style={spec ? { height } : undefined}>
          <canvas
            ref={canvas}
            role="img"
            aria-label={`${chart.title}: bar chart; the data table below gives the numbers`}
          />
        </div>
      )}
      {spec?.note && <p className="small muted">{spec.note}</p>}
      <div className="avmp-chart-actions">
        <button type="button" className="secondary" onClick={csv} disabled={!table}>
          Download CSV<span className="visually-hidden">: {chart.title}</span>
        </button>
        <button type="button" className="secondary" onClick={() => void png()} disabled={!spec || protect}>
          Download PNG<span className="visually-hidden">: {chart.title}</span>
        </button>
      </div>
      {/* The table is rendered when opened: seven tables (hundreds of cells at a decade of months) re-rendered on every filter change would cost more than the charts. */}
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Data table<span className="visually-hidden">: {chart.title}</span>
        </summary>
        {open && table && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`${chart.title}: data table`}>
            <table data-table={chart.id}>
              <thead>
                <tr>
                  {table.header.map((h, j) => (
                    <th scope="col" className={j ? 'num' : undefined} key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.body.map((r) => (
                  <tr key={String(r[0])}>
                    <th scope="row">{r[0]}</th>
                    {r.slice(1).map((v, j) => (
                      <td className="num" key={j}>
                        {cell(v, j + 1)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {table.footer && (
                <tfoot>
                  <tr>
                    <th scope="row">Total</th>
                    {table.footer.slice(1).map((v, j) => (
                      <td className="num" key={j}>
                        {cell(v, j + 1)}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        )}
      </details>
    </section>
  )
}

export default function MonitorCharts() {
  const { status, error, data, rows, filter } = useAvmp()
  const [shown, setShown] = useState(false)
  useEffect(() => setShown(true), [])
  return (
    <div className="avmp-charts" data-status={status}>
      <p className="small" aria-live="polite" data-matching={status === 'ready' ? rows.length : undefined}>
        {status === 'error'
          ? `The charts could not be drawn: ${error ?? 'unknown error'}`
          : status !== 'ready' || !shown
            ? 'Loading the incidents…'
            : `${formatNumber(rows.length)} incidents match the filters.`}
      </p>
      {CHARTS.map((chart) => (
        <ChartCard chart={chart} data={data} rows={rows} filter={filter} key={chart.id} />
      ))}
    </div>
  )
}
