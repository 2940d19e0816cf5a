/** Formats readers recognise, by MIME type. */
const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'text/csv': 'CSV',
  'application/zip': 'ZIP',
  'application/epub+zip': 'EPUB',
}

/**
 * The format of a file as readers name it: from its MIME type, else its extension.
 * @example fileFormat('application/pdf') // 'PDF'
 */
export function fileFormat(mimeType: string | null | undefined, filename?: string | null): string {
  const known = mimeType ? FORMATS[mimeType.toLowerCase().split(';')[0]?.trim() ?? ''] : undefined
  if (known) return known
  const ext = filename?.match(/\.([a-z0-9]{1,5})$/i)?.[1]
  return ext ? ext.toUpperCase() : 'File'
}

/**
 * Link text for a download that says what the reader gets.
 * @example downloadText(['English', 'PDF', '1.4 MB']) // 'Download (English, PDF, 1.4 MB)'
 */
export function downloadText(details: readonly (string | null | undefined)[]): string {
  const shown = details.filter((d): d is string => Boolean(d?.trim()))
  return shown.length ? `Download (${shown.join(', ')})` : 'Download'
}

/**
 * BCP 47 tag of a language value of the vocabulary (for `hreflang` and `inLanguage`). The values are
 * ISO 639-1 codes except BCMS, which is tagged as the Serbo-Croatian macrolanguage `hbs`.
 */
export function languageTag(value: string): string {
  return value === 'bcms' ? 'hbs' : value
}

/**
 * Let a long label break after its slashes ("Bosnian/Croatian/Montenegrin/Serbian" on a phone) by
 * adding zero-width spaces, which readers neither see nor hear.
 */
export function breakAfterSlashes(text: string): string {
  return text.replace(/\//g, '/\u200B')
}
