import { findRanges, type Range } from '../text'

/** A piece of text to render; `mark` pieces are the matches (rendered as `<mark>`). */
export interface Segment {
  text: string
  mark: boolean
}

export const ELLIPSIS = '…'

export interface ExtractOptions {
  /** Characters of context kept before the first match. */
  before?: number
  /** Length of the whole extract, in characters (before snapping to word boundaries). */
  length?: number
}

function segmentsOf(text: string, ranges: readonly Range[], from: number, to: number): Segment[] {
  const out: Segment[] = []
  let at = from
  for (const r of ranges) {
    const start = Math.max(r.start, from)
    const end = Math.min(r.end, to)
    if (end <= start) continue
    if (start > at) out.push({ text: text.slice(at, start), mark: false })
    out.push({ text: text.slice(start, end), mark: true })
    at = end
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false })
  return out
}

/** The whole text, split into matching and other pieces. @example highlight('Safe storage', ['stor']) */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  return segmentsOf(text, findRanges(text, terms), 0, text.length)
}

/**
 * A short passage around the first match, cut at word boundaries, with an ellipsis where text is
 * left out and every match inside marked; `null` when nothing matches. Returns pieces rather than
 * HTML so the caller renders them as text nodes: provisions can never inject markup.
 */
export function buildExtract(text: string, terms: readonly string[], { before = 60, length = 220 }: ExtractOptions = {}): Segment[] | null {
  const ranges = findRanges(text, terms)
  const first = ranges[0]
  if (!first) return null
  let start = Math.max(0, first.start - before)
  let end = Math.min(text.length, Math.max(start + length, first.end))
  if (end - start < length) start = Math.max(0, end - length)
  // Cut between words, never inside the first match.
  if (start > 0) {
    const space = text.slice(start, first.start).search(/\s/)
    start = space === -1 ? first.start : start + space + 1
  }
  if (end < text.length) {
    const tail = text.slice(first.end, end)
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'))
    end = space === -1 ? end : first.end + space
  }
  while (start < first.start && /\s/.test(text[start] ?? '')) start++
  while (end > first.end && /\s/.test(text[end - 1] ?? '')) end--
  const pieces = segmentsOf(text, ranges, start, end)
  if (start > 0) pieces.unshift({ text: ELLIPSIS, mark: false })
  if (end < text.length) pieces.push({ text: ELLIPSIS, mark: false })
  return mergePlain(pieces)
}

function mergePlain(pieces: Segment[]): Segment[] {
  const out: Segment[] = []
  for (const p of pieces) {
    const last = out.at(-1)
    if (last && !last.mark && !p.mark) last.text += p.text
    else out.push({ ...p })
  }
  return out
}

/** The extract as plain text, marks in [brackets]: for tests and logs. */
export function segmentsToString(segments: readonly Segment[]): string {
  return segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')
}
