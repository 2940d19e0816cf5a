/** How downloads are described to readers: format names and link text (publications, laws, notices). */

/** Formats readers recognise, by MIME type. */
const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/rtf': 'RTF',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'text/csv': 'CSV',
  'text/html': 'HTML',
  'text/plain': 'plain text',
  'application/zip': 'ZIP',
  'application/epub+zip': 'EPUB',
}

/**
 * The format of a file as readers name it: from its MIME type, else its extension, else "file".
 * @example fileFormat('application/pdf') // 'PDF'
 */
export function fileFormat(mimeType: string | null | undefined, filename?: string | null): string {
  const known = mimeType ? FORMATS[mimeType.toLowerCase().split(';')[0]?.trim() ?? ''] : undefined
  if (known) return known
  const ext = filename?.match(/\.([a-z0-9]{1,5})$/i)?.[1]
  return ext ? ext.toUpperCase() : 'file'
}

/**
 * Link text for a download that says what the reader gets.
 * @example downloadText(['English', 'PDF', '1.4 MB']) // 'Download (English, PDF, 1.4 MB)'
 */
export function downloadText(details: readonly (string | null | undefined)[]): string {
  const shown = details.filter((d): d is string => Boolean(d?.trim()))
  return shown.length ? `Download (${shown.join(', ')})` : 'Download'
}
