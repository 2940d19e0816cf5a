const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/rtf': 'RTF',
  'text/html': 'HTML',
  'text/plain': 'plain text',
}

/**
 * The name readers know a file format by, for link text ("PDF", "Word"): from the MIME type, else
 * the file's extension, else "file".
 */
export function fileFormatLabel(mimeType: string | null | undefined, filename?: string | null): string {
  const known = mimeType ? FORMATS[mimeType.split(';')[0]?.trim().toLowerCase() ?? ''] : undefined
  if (known) return known
  const ext = filename?.match(/\.([a-z0-9]{1,5})$/i)?.[1]
  return ext ? ext.toUpperCase() : 'file'
}
