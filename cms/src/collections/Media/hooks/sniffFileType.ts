/** The upload types we accept, identified by their first bytes rather than by name. */
export type SniffedType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp'

const startsWith = (buf: Uint8Array, bytes: number[], offset = 0): boolean =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b)

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))

/** Detect an allowed type from content; `undefined` for anything else (HTML, SVG, XML, executables…). */
export function sniffFileType(buf: Uint8Array): SniffedType | undefined {
  if (startsWith(buf, ascii('%PDF-'))) return 'application/pdf'
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return 'image/webp'
  return undefined
}

/** A PDF must also end properly: a truncated download is refused rather than published broken. */
export function isCompletePdf(buf: Uint8Array): boolean {
  const tail = Buffer.from(buf.subarray(Math.max(0, buf.length - 1024))).toString('latin1')
  return tail.includes('%%EOF')
}

const EXTENSIONS: Record<SniffedType, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
}

const LABEL = 'PDF, PNG, JPEG or WebP'

/**
 * Why a file must be refused, in words an editor understands, or `undefined` when it is fine.
 * @example explainRejectedUpload('report.pdf', Buffer.from('<html>')) // "report.pdf is not a real PDF, PNG, JPEG or WebP file…"
 */
export function explainRejectedUpload(filename: string, buf: Uint8Array): string | undefined {
  const type = sniffFileType(buf)
  const ext = filename.includes('.') ? (filename.split('.').pop() ?? '').toLowerCase() : ''
  if (!type) {
    return `${filename} is not a real ${LABEL} file: its content does not match any allowed type (renamed HTML, SVG, XML and program files are refused).`
  }
  if (!EXTENSIONS[type].includes(ext)) {
    return `${filename} contains a ${type} file but is named .${ext || '(none)'}; rename it to .${EXTENSIONS[type][0]} and upload it again.`
  }
  if (type === 'application/pdf' && !isCompletePdf(buf)) {
    return `${filename} is an incomplete or damaged PDF (no end-of-file marker). Download it again and re-upload.`
  }
  return undefined
}
