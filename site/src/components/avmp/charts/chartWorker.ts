/**
 * Chart.js off the main thread: each chart's canvas is transferred here (OffscreenCanvas), so
 * building the elements and painting a decade of stacked months never blocks the page (it took
 * 60–80 ms of main-thread time per filter change at 50,000 incidents). Pointer events are
 * forwarded by the island for tooltips and legend clicks; sizes are sent on resize.
 */
import { BasicPlatform, type Chart as ChartType, type ChartEvent } from 'chart.js'

import { chartConfig, loadChartJs, showSpec, type ChartSpec } from './chartConfig'
import type { ChartRequest, ChartResponse, ForwardedPointer } from './chartProtocol'

type Listener = (event: ChartEvent) => void

interface Entry {
  canvas: OffscreenCanvas
  devicePixelRatio: number
  width: number
  height: number
  chart: ChartType<'bar', { x: number; y: number }[], string> | null
  /** The latest draw asked for, not yet drawn: rapid filter changes draw only the last one. */
  pending: { spec: ChartSpec; seq: number } | null
}

const entries = new Map<string, Entry>()
let chartJs: Promise<typeof ChartType> | null = null
let draining = false

function post(message: ChartResponse): void {
  ;(self as unknown as Worker).postMessage(message)
}

/** Listeners Chart.js registered through the platform, by canvas and event type. */
const listenersOf = new WeakMap<object, Map<string, Listener>>()

/** Chart.js's platform for an OffscreenCanvas, plus the pointer events the island forwards. */
class ForwardedEventsPlatform extends BasicPlatform {
  override addEventListener(chart: ChartType, type: string, listener: Listener): void {
    const listeners = listenersOf.get(chart.canvas) ?? new Map<string, Listener>()
    listeners.set(type, listener)
    listenersOf.set(chart.canvas, listeners)
  }
  override removeEventListener(chart: ChartType, type: string): void {
    listenersOf.get(chart.canvas)?.delete(type)
  }
}

async function draw(id: string, entry: Entry, spec: ChartSpec): Promise<void> {
  chartJs ??= loadChartJs()
  const Chart = await chartJs
  if (!entry.chart) {
    const config = chartConfig(spec, false, entry.devicePixelRatio)
    entry.canvas.width = entry.width
    entry.canvas.height = entry.height
    entry.chart = new Chart(entry.canvas as unknown as HTMLCanvasElement, { ...config, platform: ForwardedEventsPlatform })
    if (entries.get(id) !== entry) entry.chart.destroy()
    return
  }
  showSpec(entry.chart, spec)
}

async function drain(): Promise<void> {
  if (draining) return
  draining = true
  try {
    for (;;) {
      const next = [...entries].find(([, e]) => e.pending)
      if (!next) return
      const [id, entry] = next
      const { spec, seq } = entry.pending!
      entry.pending = null
      try {
        const started = performance.now()
        await draw(id, entry, spec)
        post({ type: 'drawn', id, seq, ms: performance.now() - started })
      } catch (err) {
        post({ type: 'failed', id, seq, message: err instanceof Error ? err.message : String(err) })
      }
      // One chart per task: a later message (a newer selection, a resize) is seen in between.
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  } finally {
    draining = false
  }
}

function forward(entry: Entry, pointer: ForwardedPointer): void {
  const listener = listenersOf.get(entry.canvas)?.get(pointer.type)
  if (!listener || !entry.chart) return
  // What Chart.js's DOM platform hands its listeners; `native.type` is checked against `options.events`.
  listener({ type: pointer.type, native: { type: pointer.type } as Event, x: pointer.x, y: pointer.y })
}

self.onmessage = (event: MessageEvent<ChartRequest>) => {
  const msg = event.data
  const entry = entries.get(msg.id)
  switch (msg.type) {
    case 'attach':
      entries.get(msg.id)?.chart?.destroy()
      entries.set(msg.id, {
        canvas: msg.canvas,
        devicePixelRatio: msg.devicePixelRatio,
        width: msg.width,
        height: msg.height,
        chart: null,
        pending: null,
      })
      return
    case 'draw':
      if (!entry) return
      entry.pending = { spec: msg.spec, seq: msg.seq }
      void drain()
      return
    case 'resize':
      if (!entry) return
      entry.width = msg.width
      entry.height = msg.height
      entry.chart?.resize(msg.width, msg.height)
      return
    case 'pointer':
      if (entry) forward(entry, msg.pointer)
      return
    case 'png':
      if (!entry?.chart) {
        post({ type: 'png', request: msg.request, png: null })
        return
      }
      entry.canvas.convertToBlob({ type: 'image/png' }).then(
        (png) => post({ type: 'png', request: msg.request, png }),
        () => post({ type: 'png', request: msg.request, png: null }),
      )
      return
    case 'detach':
      entry?.chart?.destroy()
      entries.delete(msg.id)
      return
  }
}
