/**
 * What a monitor chart shows (`ChartSpec`, plain data that crosses to the chart worker) and how
 * Chart.js draws it. Used by the chart worker and by the main-thread fallback alike, so both draw
 * the same picture.
 */
import type { Chart as ChartType, ChartConfiguration, Plugin } from 'chart.js'

export interface Series {
  label: string
  values: number[]
  /** Drawn in the chart (other series appear only in the table and the CSV). */
  chart?: boolean
  /** Listed in the table and the CSV (false: a band drawn for series the table lists one by one). */
  table?: boolean
  /** A fixed colour (otherwise the palette's, in drawing order). */
  color?: string
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

export type BarChartConfig = ChartConfiguration<'bar', { x: number; y: number }[], string>

/**
 * Colours distinguishable from each other and at least 3:1 against white (WCAG 1.4.11), in the
 * order series are drawn.
 */
export const PALETTE = [
  '#1d4f91',
  '#b35806',
  '#1b7837',
  '#a50f15',
  '#6a3d9a',
  '#01665e',
  '#7a6a00',
  '#c51b7d',
  '#4d4d4d',
  '#8e0152',
  '#2166ac',
  '#7f3b08',
]

/** Registers only what the monitor's charts use: about 20 KB gzip less than `chart.js/auto`. */
export async function loadChartJs(): Promise<typeof ChartType> {
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } = await import('chart.js')
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
  Chart.defaults.animation = false
  Chart.defaults.font.family = 'system-ui, sans-serif'
  Chart.defaults.color = '#1f2933'
  return Chart
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

export function chartData(spec: ChartSpec): BarChartConfig['data'] {
  return {
    labels: spec.categories,
    // Data in Chart.js's internal format ({x, y}, category axis as the index) so it skips parsing.
    datasets: spec.series
      .filter((s) => s.chart !== false)
      .map((s, k) => ({
        label: s.label,
        data: s.values.map((v, i) => (spec.horizontal ? { x: v, y: i } : { x: i, y: v })),
        backgroundColor: s.color ?? PALETTE[k % PALETTE.length],
        borderWidth: 0,
      })),
  }
}

/**
 * Shows `spec` on an existing chart. Series already drawn keep their Chart.js dataset (matched by
 * label) and get new values: Chart.js then reuses their bar elements instead of building them
 * again, and a series the reader hid in the legend stays hidden.
 */
export function showSpec(chart: ChartType<'bar', { x: number; y: number }[], string>, spec: ChartSpec): void {
  const next = chartData(spec)
  const current = new Map(chart.data.datasets.map((d) => [d.label, d]))
  chart.data.labels = next.labels
  chart.data.datasets = next.datasets.map((d) => {
    const kept = current.get(d.label)
    if (!kept) return d
    kept.data = d.data
    kept.backgroundColor = d.backgroundColor
    return kept
  })
  chart.update('none')
}

export function chartConfig(spec: ChartSpec, responsive: boolean, devicePixelRatio?: number): BarChartConfig {
  const valueAxis = spec.horizontal ? 'x' : 'y'
  const categoryAxis = spec.horizontal ? 'y' : 'x'
  return {
    type: 'bar',
    data: chartData(spec),
    options: {
      indexAxis: categoryAxis,
      parsing: false,
      normalized: true,
      animation: false,
      responsive,
      maintainAspectRatio: false,
      ...(devicePixelRatio ? { devicePixelRatio } : {}),
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
