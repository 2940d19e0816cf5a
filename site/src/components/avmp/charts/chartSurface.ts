/**
 * Where a chart is drawn: in the chart worker on an OffscreenCanvas (every current browser), or on
 * the main thread where canvases cannot be transferred. The island draws through this one
 * interface either way.
 */
import type { Chart as ChartType } from 'chart.js'

import { chartConfig, loadChartJs, showSpec, type ChartSpec } from './chartConfig'
import type { ChartRequest, ChartResponse, ForwardedPointer } from './chartProtocol'

export interface ChartSurface {
  /** Resolves once `spec` is on the canvas (or a newer spec replaced it), with the milliseconds drawing took. */
  draw: (spec: ChartSpec) => Promise<number>
  /** The chart as a PNG (white background), or null before the first draw. */
  png: () => Promise<Blob | null>
  detach: () => void
}

let worker: Worker | null = null
let nextRequest = 1
const waiting = new Map<string, { seq: number; resolve: (ms: number) => void; reject: (err: Error) => void }>()
const pngWaiting = new Map<number, (png: Blob | null) => void>()

function chartWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./chartWorker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<ChartResponse>) => {
    const msg = event.data
    if (msg.type === 'png') {
      pngWaiting.get(msg.request)?.(msg.png)
      pngWaiting.delete(msg.request)
      return
    }
    const wait = waiting.get(msg.id)
    // A draw superseded by a newer one resolves with it.
    if (!wait || msg.seq < wait.seq) return
    waiting.delete(msg.id)
    if (msg.type === 'drawn') wait.resolve(msg.ms)
    else wait.reject(new Error(msg.message))
  }
  worker.onerror = (event) => {
    for (const wait of waiting.values()) wait.reject(new Error(`the chart worker failed: ${event.message}`))
    waiting.clear()
  }
  return worker
}

const post = (message: ChartRequest, transfer: Transferable[] = []) => chartWorker().postMessage(message, transfer)

function offscreenSurface(id: string, canvas: HTMLCanvasElement): ChartSurface {
  const box = () => ({ width: Math.max(1, Math.round(canvas.clientWidth)), height: Math.max(1, Math.round(canvas.clientHeight)) })
  const offscreen = canvas.transferControlToOffscreen()
  post({ type: 'attach', id, canvas: offscreen, devicePixelRatio: window.devicePixelRatio || 1, ...box() }, [offscreen])
  return attachListeners(id, canvas, box)
}

function attachListeners(id: string, canvas: HTMLCanvasElement, box: () => { width: number; height: number }): ChartSurface {
  let seq = 0
  let frame = 0
  let lastMove: ForwardedPointer | null = null
  const pointer = (type: ForwardedPointer['type']) => (event: PointerEvent | MouseEvent) => {
    const rect = canvas.getBoundingClientRect()
    const p: ForwardedPointer = { type, x: event.clientX - rect.left, y: event.clientY - rect.top }
    if (type !== 'mousemove') {
      post({ type: 'pointer', id, pointer: p })
      return
    }
    // At most one move per frame crosses to the worker.
    lastMove = p
    frame ||= requestAnimationFrame(() => {
      frame = 0
      if (lastMove) post({ type: 'pointer', id, pointer: lastMove })
    })
  }
  const onMove = pointer('mousemove')
  const onLeave = pointer('mouseout')
  const onClick = pointer('click')
  canvas.addEventListener('pointermove', onMove)
  canvas.addEventListener('pointerleave', onLeave)
  canvas.addEventListener('click', onClick)
  const resizes = new ResizeObserver(() => post({ type: 'resize', id, ...box() }))
  resizes.observe(canvas)
  return {
    draw: (spec) =>
      new Promise<number>((resolve, reject) => {
        seq += 1
        // The previous draw, if still waiting, is settled by this newer one.
        const previous = waiting.get(id)
        waiting.set(id, {
          seq,
          resolve: (ms) => (previous?.resolve(ms), resolve(ms)),
          reject: (err) => (previous?.reject(err), reject(err)),
        })
        post({ type: 'draw', id, spec, seq })
      }),
    png: () =>
      new Promise<Blob | null>((resolve) => {
        const request = nextRequest++
        pngWaiting.set(request, resolve)
        post({ type: 'png', id, request })
      }),
    detach: () => {
      resizes.disconnect()
      canvas.removeEventListener('pointermove', onMove)
      canvas.removeEventListener('pointerleave', onLeave)
      canvas.removeEventListener('click', onClick)
      cancelAnimationFrame(frame)
      waiting.delete(id)
      post({ type: 'detach', id })
    },
  }
}

let mainThreadChartJs: Promise<typeof ChartType> | null = null

/** The fallback: Chart.js on the main thread, responsive to its container like any Chart.js chart. */
function mainThreadSurface(canvas: HTMLCanvasElement): ChartSurface {
  let chart: ChartType<'bar', { x: number; y: number }[], string> | null = null
  let detached = false
  return {
    draw: async (spec) => {
      mainThreadChartJs ??= loadChartJs()
      const Chart = await mainThreadChartJs
      if (detached) return 0
      const started = performance.now()
      if (!chart) chart = new Chart(canvas, chartConfig(spec, true))
      else showSpec(chart, spec)
      return performance.now() - started
    },
    png: async () => {
      if (!chart) return null
      const url = chart.toBase64Image('image/png', 1)
      return (await fetch(url)).blob()
    },
    detach: () => {
      detached = true
      chart?.destroy()
      chart = null
    },
  }
}

export function chartSurface(id: string, canvas: HTMLCanvasElement): ChartSurface {
  return typeof canvas.transferControlToOffscreen === 'function' && typeof Worker !== 'undefined'
    ? offscreenSurface(id, canvas)
    : mainThreadSurface(canvas)
}
