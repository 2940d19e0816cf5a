/**
 * Chart.js with only what the monitor's charts use (bar charts, category and linear scales,
 * legend, tooltip): about 20 KB gzip less than `chart.js/auto`. Loaded on first use.
 */
import type { Chart as ChartType } from 'chart.js'

let loaded: Promise<typeof ChartType> | undefined

export function loadChart(): Promise<typeof ChartType> {
  loaded ??= import('chart.js').then(
    ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
      Chart.defaults.animation = false
      Chart.defaults.font.family = 'system-ui, sans-serif'
      Chart.defaults.color = '#1f2933'
      return Chart
    },
  )
  return loaded
}

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
