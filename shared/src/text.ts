/** Text folding for search across the region's scripts: shared by publications, laws and the monitor's list. */
/** Letters that Unicode decomposition leaves whole but readers type without the stroke. */
const STROKES: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe' }

/**
 * Cyrillic folded to the Latin letters of the region's own Latin scripts, without diacritics
 * (ж → ž → z, љ → lj, ђ → đ → d): acts of Serbia are published in Cyrillic while readers often
 * type Latin, and the same words then match in either script. A Cyrillic query still finds
 * Cyrillic text, since both sides fold alike. Letters that are a base letter with a diacritic
 * (ї, й, є, ё, ў, ѓ, ќ) fold to that base letter, as Latin ones do.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'd', ѓ: 'g', е: 'e', є: 'e', ё: 'e', ж: 'z', з: 'z', ѕ: 'dz',
  и: 'i', і: 'i', ї: 'i', й: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', ћ: 'c', ќ: 'k', у: 'u', ў: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's', щ: 'sc',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
}
const MARKS = /\p{M}/gu

/** Text folded for matching, with where each folded character came from in the source. */
export interface FoldedText {
  text: string
  /** `source[starts[i]]` begins the character that folded into `text[i]`; one extra entry: the source length. */
  starts: number[]
}

function foldChar(c: string): string {
  const lower = c.toLowerCase()
  return STROKES[lower] ?? CYRILLIC[lower] ?? lower.normalize('NFD').replace(MARKS, '')
}

/**
 * Lower case, Latin script, without diacritics ("Oružje" and "Оружје" → "oruzje"), keeping a map back to the
 * source so that a match can be highlighted in the text as written.
 */
export function foldText(source: string): FoldedText {
  let text = ''
  const starts: number[] = []
  let i = 0
  for (const c of source) {
    const folded = foldChar(c)
    text += folded
    for (let k = 0; k < folded.length; k++) starts.push(i)
    i += c.length
  }
  starts.push(source.length)
  return { text, starts }
}

/** Lower case without diacritics. @example fold('Čuvanje') // 'cuvanje' */
export function fold(source: string): string {
  return foldText(source).text
}

/** At most this many words count: a pasted paragraph should not freeze the page. */
export const MAX_TERMS = 8

/**
 * The words of a query, folded, without repeats, in the order typed. Every word must match
 * (AND); punctuation separates words, so "2021/555" is "2021" and "555".
 */
export function parseTerms(query: string): string[] {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  return [...new Set(words)].slice(0, MAX_TERMS)
}

/** A half-open range `[start, end)` of the source text. */
export interface Range {
  start: number
  end: number
}

/** Where any of the (folded) terms occur in the source text, merged and in order. */
export function findRanges(source: string, terms: readonly string[]): Range[] {
  const { text, starts } = foldText(source)
  const found: Range[] = []
  for (const term of terms) {
    if (!term) continue
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      found.push({ start: starts[at] ?? 0, end: starts[at + term.length] ?? source.length })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Range[] = []
  for (const r of found) {
    const last = merged.at(-1)
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  return merged
}

/** Whether every term occurs in the text (diacritic- and case-insensitive). */
export function containsAll(haystack: string, terms: readonly string[]): boolean {
  const text = fold(haystack)
  return terms.every((t) => text.includes(t))
}
