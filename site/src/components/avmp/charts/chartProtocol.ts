/** Messages between the charts island and the chart worker (`chartWorker.ts`). */
import type { ChartSpec } from './chartConfig'

/** A pointer event on a chart's canvas, in CSS pixels from its top left corner. */
export interface ForwardedPointer {
  /** Chart.js's event names: what its tooltip and legend listen to. */
  type: 'mousemove' | 'mouseout' | 'click'
  x: number
  y: number
}

export type ChartRequest =
  | { type: 'attach'; id: string; canvas: OffscreenCanvas; width: number; height: number; devicePixelRatio: number }
  /** Draw `spec`; `seq` comes back in `drawn` so the island knows which selection is shown. */
  | { type: 'draw'; id: string; spec: ChartSpec; seq: number }
  | { type: 'resize'; id: string; width: number; height: number }
  | { type: 'pointer'; id: string; pointer: ForwardedPointer }
  | { type: 'png'; id: string; request: number }
  | { type: 'detach'; id: string }

export type ChartResponse =
  /** `ms`: how long drawing took in the worker (the benchmark reports it). */
  | { type: 'drawn'; id: string; seq: number; ms: number }
  | { type: 'png'; request: number; png: Blob | null }
  | { type: 'failed'; id: string; seq: number; message: string }
