/**
 * The monitor's charts, all following the shared store's filter: each with a heading, a legend,
 * a data table (the accessible alternative), and CSV and PNG downloads of exactly what it shows.
 */
import type { Chart as ChartInstance, ChartConfiguration, Plugin } from 'chart.js'
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
import { SEXES, VICTIM_OUTCOMES } from '@clearinghouse/shared/vocab'

import { useAvmp } from '../useAvmp'
import { loadChart, PALETTE } from './chartSetup'
import { downloadHref, downloadText } from '../../../lib/download'

interface Series {
  label: string
  values: number[]
  /** Drawn in the chart (other series appear only in the table and the CSV). */
  chart?: boolean
  decimals?: number
}

export interface ChartSpec {
  id: string
  title: string
  /** What the rows of the table are (first column header). */
  rowHeader: string
  categories: string[]
  series: Series[]
  /** Horizontal bars (long labels, readable on a phone). */
  horizontal: boolean
  stacked: boolean
  /** Add a Total column (several series) and a Total row. */
  totals: boolean
  note?: string
  /**
   * A breakdown by sex of one municipality in one month: counts under 3 could identify a person,
   * so every cell shows "< 3" below that and the chart itself is not drawn.
   */
  protect?: boolean
}

const fmt = (n: number, decimals = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
const monthLabel = (iso: string) => monthFormat.format(new Date(`${iso}-01T00:00:00Z`))
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

const single = (
  id: string,
  title: string,
  rowHeader: string,
  counts: ValueCount[],
  label = 'Incidents',
): ChartSpec => ({
  id,
  title,
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

export function chartSpecs(data: AvmpData, rows: Uint32Array, filter: AvmpFilter): ChartSpec[] {
  const months = countByMonth(data, rows, { stackBy: 'context' })
  const stacks = (months.stacks ?? []).filter((s) => s.counts.some((c) => c > 0))
  const outcomeSex = victimsByOutcomeAndSex(data, rows)
  const sexColumns = [
    ...SEXES.map((s) => ({ value: s.value, label: s.label })),
    { value: 'unattributed' as const, label: 'Not attributable' },
  ]
  const rates = ratesPer100k(data, rows, { days: periodLength(data, filter) })
  const bySexProtected = needsSmallCellProtection({ breakdown: 'sex', ...viewExtent(data, rows) })
  return [
    {
      id: 'per-month',
      title: 'Incidents per month, by context',
      rowHeader: 'Month',
      categories: months.months.map(monthLabel),
      series: stacks.map((s) => ({ label: s.label, values: s.counts })),
      horizontal: false,
      stacked: true,
      totals: true,
    },
    single('by-context', 'Incidents by context', 'Context', countByContext(data, rows)),
    single('by-weapon', 'Incidents by weapon type', 'Weapon type', countByWeaponType(data, rows)),
    {
      id: 'victims',
      title: 'Victims by outcome and sex',
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
      protect: bySexProtected,
    },
    { ...single('perpetrators', 'Perpetrators by sex', 'Sex', perpetratorsBySex(data, rows), 'Perpetrators'), protect: bySexProtected },
    single('by-jurisdiction', 'Incidents by jurisdiction', 'Jurisdiction', countByJurisdiction(data, rows)),
    {
      id: 'rates',
      title: 'Incidents per 100,000 inhabitants per year, by jurisdiction',
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
    },
  ]
}

function tableRows(spec: ChartSpec): {
  header: string[]
  body: (string | number)[][]
  footer: (string | number)[] | null
} {
  const multi = spec.series.length > 1 && spec.totals
  const header = [spec.rowHeader, ...spec.series.map((s) => s.label), ...(multi ? ['Total'] : [])]
  const body = spec.categories.map((c, i) => {
    const cells = spec.series.map((s) => s.values[i] ?? 0)
    return [c, ...cells, ...(multi ? [sum(cells)] : [])]
  })
  const footer = spec.totals
    ? [
        'Total',
        ...spec.series.map((s) => sum(s.values)),
        ...(multi ? [sum(spec.series.map((s) => sum(s.values)))] : []),
      ]
    : null
  return { header, body, footer }
}


/** Paints a white background so the downloaded PNG is not transparent. */
const whiteBackground: Plugin<'bar'> = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, chart.width, chart.height)
    ctx.restore()
  },
}

function config(spec: ChartSpec): ChartConfiguration<'bar', { x: number; y: number }[], string> {
  const charted = spec.series.filter((s) => s.chart !== false)
  const valueAxis = spec.horizontal ? 'x' : 'y'
  const categoryAxis = spec.horizontal ? 'y' : 'x'
  return {
    type: 'bar',
    data: {
      labels: spec.categories,
      // Data in Chart.js's internal format ({x, y}, category axis as the index) so it skips parsing.
      datasets: charted.map((s, k) => ({
        label: s.label,
        data: s.values.map((v, i) => (spec.horizontal ? { x: v, y: i } : { x: i, y: v })),
        backgroundColor: PALETTE[k % PALETTE.length],
        borderWidth: 0,
      })),
    },
    options: {
      indexAxis: categoryAxis,
      parsing: false,
      normalized: true,
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } },
        tooltip: { enabled: true },
      },
      scales: {
        [categoryAxis]: {
          type: 'category',
          stacked: spec.stacked,
          grid: { display: false },
          // sampleSize: label widths measured on a few ticks, not on every month of a decade (a large share of drawing time).
          ticks: { autoSkip: true, minRotation: 0, maxRotation: 0, sampleSize: 12 },
        },
        [valueAxis]: {
          type: 'linear',
          stacked: spec.stacked,
          beginAtZero: true,
          ticks: { precision: spec.series[0]?.decimals ? undefined : 0 },
        },
      },
    },
    plugins: [whiteBackground],
  }
}

let queue: Promise<void> = Promise.resolve()
/**
 * Draws the charts one per task (yielding to the browser in between), so seven charts never make
 * one long main-thread task.
 */
function drawInTurn(draw: () => Promise<void>): Promise<void> {
  queue = queue
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
    .then(draw)
    .catch(() => undefined)
  return queue
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

function ChartCard({ spec, rowCount }: { spec: ChartSpec; rowCount: number }) {
  const section = useRef<HTMLElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<ChartInstance<'bar', { x: number; y: number }[], string> | null>(null)
  const drawn = useRef<ChartSpec | null>(null)
  const table = useMemo(() => tableRows(spec), [spec])
  const [open, setOpen] = useState(false)
  const near = useNearViewport(section)

  const draw = async () => {
    if (spec.protect) {
      // Bars would show the small counts the table hides.
      chart.current?.destroy()
      chart.current = null
      drawn.current = spec
    }
    const Chart = spec.protect ? null : await loadChart()
    if (Chart && !canvas.current) return
    if (Chart && canvas.current && drawn.current !== spec) {
      const next = config(spec)
      if (!chart.current) {
        // Axes, legend and canvas first, the bars in a later task: a decade of stacked months is
        // one long task otherwise.
        chart.current = new Chart(canvas.current, { ...next, data: { labels: next.data.labels, datasets: [] } })
        await new Promise((resolve) => setTimeout(resolve, 0))
        if (!chart.current) return
      }
      chart.current.data = next.data
      chart.current.update('none')
      drawn.current = spec
    }
    // Which selection the canvas shows (tests and the benchmark wait for it).
    section.current?.setAttribute('data-rendered', 'true')
    section.current?.setAttribute('data-state', 'drawn')
    section.current?.setAttribute('data-rows', String(rowCount))
  }

  useEffect(() => {
    if (!near) {
      if (drawn.current !== spec) section.current?.setAttribute('data-state', 'deferred')
      return
    }
    let cancelled = false
    void drawInTurn(async () => {
      if (!cancelled) await draw()
    })
    return () => {
      cancelled = true
    }
    // `draw` reads the current spec and row count, which are the dependencies.
  }, [spec, rowCount, near])
  useEffect(
    () => () => {
      chart.current?.destroy()
      chart.current = null
    },
    [],
  )

  // Room for the legend, which wraps onto several lines on a phone.
  const legend = spec.series.filter((s) => s.chart !== false).length
  const height =
    (spec.horizontal ? Math.max(160, spec.categories.length * 30 + 70) : 300) + (legend > 1 ? legend * 12 : 0)
  // Protected tables download as shown ("< 3"), never the counts behind them.
  const shownRow = (r: (string | number)[]) =>
    spec.protect ? r.map((v, j) => (j === 0 ? v : formatProtectedCount(Number(v), true))) : r
  const csv = () => {
    const lines = [
      csvLine(table.header),
      ...table.body.map((r) => csvLine(shownRow(r))),
      ...(table.footer ? [csvLine(shownRow(table.footer))] : []),
    ]
    downloadText(`avmp-${spec.id}.csv`, `${lines.join('\r\n')}\r\n`, 'text/csv;charset=utf-8')
  }
  const png = async () => {
    await draw()
    if (chart.current) downloadHref(`avmp-${spec.id}.png`, chart.current.toBase64Image('image/png', 1))
  }
  const decimals = (j: number) => spec.series[j - 1]?.decimals ?? 0
  const cell = (v: string | number, j: number) => formatProtectedCount(Number(v), spec.protect === true, (x) => fmt(x, decimals(j)))
  const headingId = `chart-${spec.id}-heading`
  return (
    <section ref={section} className="avmp-chart" aria-labelledby={headingId} data-chart={spec.id}>
      <h2 id={headingId}>{spec.title}</h2>
      {spec.protect ? (
        <p className="avmp-chart-protected" data-protected="true">
          These incidents are from one municipality in one month. To protect the people involved, counts by sex under{' '}
          {SMALL_CELL_THRESHOLD} are shown as “&lt; {SMALL_CELL_THRESHOLD}” in the table and the chart is not drawn.
        </p>
      ) : (
        <div className="avmp-chart-canvas" style={{ height }}>
          <canvas
            ref={canvas}
            role="img"
            aria-label={`${spec.title}: bar chart; the data table below gives the numbers`}
          />
        </div>
      )}
      {spec.note && <p className="small muted">{spec.note}</p>}
      <div className="avmp-chart-actions">
        <button type="button" className="secondary" onClick={csv}>
          Download CSV<span className="visually-hidden">: {spec.title}</span>
        </button>
        <button type="button" className="secondary" onClick={() => void png()} disabled={spec.protect}>
          Download PNG<span className="visually-hidden">: {spec.title}</span>
        </button>
      </div>
      {/* The table is rendered when opened: seven tables (hundreds of cells at a decade of months) re-rendered on every filter change would cost more than the charts. */}
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Data table<span className="visually-hidden">: {spec.title}</span>
        </summary>
        {open && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`${spec.title}: data table`}>
            <table data-table={spec.id}>
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
  const specs = useMemo(() => (data ? chartSpecs(data, rows, filter) : []), [data, rows, filter])
  const [shown, setShown] = useState(false)
  useEffect(() => setShown(true), [])
  return (
    <div className="avmp-charts" data-status={status}>
      <p className="small" aria-live="polite" data-matching={status === 'ready' ? rows.length : undefined}>
        {status === 'error'
          ? `The charts could not be drawn: ${error ?? 'unknown error'}`
          : status !== 'ready' || !shown
            ? 'Loading the incidents…'
            : `${rows.length.toLocaleString('en-GB')} incidents match the filters.`}
      </p>
      {specs.map((spec) => (
        <ChartCard spec={spec} rowCount={rows.length} key={spec.id} />
      ))}
    </div>
  )
}
