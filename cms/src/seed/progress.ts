/**
 * A minimal progress display for long seed phases: phase name, count/total, rate and ETA.
 * On a terminal it redraws one line in place; otherwise (CI logs, pipes) it prints a plain line
 * at each tenth of the way so logs stay short.
 */

export interface ProgressStream {
  write(chunk: string): boolean
  isTTY?: boolean
  columns?: number
}

export interface PhaseProgress {
  /** Count `n` more items done. */
  tick(n?: number): void
  /** Finish the phase (prints the final line); returns its duration in milliseconds. */
  done(note?: string): number
}

export interface Progress {
  phase(name: string, total: number): PhaseProgress
  /** A message line that does not disturb the bar. */
  log(message: string): void
}

const formatDuration = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return '--'
  if (seconds < 60) return `${Math.ceil(seconds)}s`
  const m = Math.floor(seconds / 60)
  return `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`
}

const formatRate = (perSecond: number): string =>
  perSecond >= 100 ? `${Math.round(perSecond).toLocaleString('en-GB')}/s` : `${perSecond.toFixed(1)}/s`

/** The text of one progress line (exported for tests). */
export function progressLine(name: string, count: number, total: number, elapsedMs: number, barWidth = 24): string {
  const fraction = total > 0 ? Math.min(1, count / total) : 1
  const filled = Math.round(fraction * barWidth)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`
  const rate = elapsedMs > 0 ? (count * 1000) / elapsedMs : 0
  const eta = rate > 0 ? (total - count) / rate : Number.POSITIVE_INFINITY
  const width = String(total).length
  return `${name.padEnd(20)} ${bar} ${String(count).padStart(width)}/${total} ${formatRate(rate).padStart(9)}  ETA ${count >= total ? '0s' : formatDuration(eta)}`
}

/** A progress display writing to `stream` (stderr by default); `quiet` prints nothing. */
export function createProgress(
  options: { quiet?: boolean; stream?: ProgressStream; now?: () => number } = {},
): Progress {
  const stream = options.stream ?? process.stderr
  const now = options.now ?? (() => performance.now())
  const quiet = options.quiet ?? false
  const tty = Boolean(stream.isTTY)
  let lineOpen = false

  const clearLine = () => {
    if (lineOpen) stream.write('\r\x1b[2K')
    lineOpen = false
  }

  return {
    log(message) {
      if (quiet) return
      clearLine()
      stream.write(`${message}\n`)
    },
    phase(name, total) {
      const start = now()
      let count = 0
      let lastDraw = 0
      let lastTenth = 0
      const draw = (final: boolean, note?: string) => {
        if (quiet) return
        const line = progressLine(name, count, total, now() - start) + (note ? `  ${note}` : '')
        if (tty) {
          stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`)
          lineOpen = !final
        } else {
          stream.write(`${line}\n`)
        }
      }
      if (!tty) draw(false)
      return {
        tick(n = 1) {
          count += n
          if (quiet) return
          if (tty) {
            const t = now()
            // Redrawing costs more than inserting a row: at most ten frames a second.
            if (t - lastDraw >= 100) {
              lastDraw = t
              draw(false)
            }
          } else {
            const tenth = total > 0 ? Math.floor((count / total) * 10) : 10
            if (tenth > lastTenth && count < total) {
              lastTenth = tenth
              draw(false)
            }
          }
        },
        done(note) {
          const elapsed = now() - start
          draw(true, note)
          return elapsed
        },
      }
    },
  }
}
