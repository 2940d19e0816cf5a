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

/**
 * A PDF must also end properly (its cross-reference table and end-of-file marker in the last
 * kilobyte, as Payload also checks): a truncated download is refused rather than published broken.
 */
export function isCompletePdf(buf: Uint8Array): boolean {
  const tail = Buffer.from(buf.subarray(Math.max(0, buf.length - 1024))).toString('latin1')
  return tail.includes('%%EOF') && tail.includes('xref')
}

/**
 * Markup that a browser would run if it ever rendered the file as a page. A real PDF or image has
 * no reason to carry it in clear; a polyglot (a JPEG or PDF with an HTML page inside) does.
 */
const MARKUP = /<(?:script|html|body|iframe|svg|object|embed)[\s>/]|<!doctype\s+html|javascript:/i

/** True when the file carries HTML or script markup anywhere in its bytes. */
export function containsMarkup(buf: Uint8Array): boolean {
  return MARKUP.test(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1'))
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
    return `${filename} is an incomplete or damaged PDF (no cross-reference table or end-of-file marker at its end). Download it again and re-upload.`
  }
  if (containsMarkup(buf)) {
    return `${filename} looks like a ${type} file but also contains web-page markup (HTML or script), so it is refused. Export or save it again from the original program.`
  }
  return undefined
}

/** Longest stored name stem, in UTF-8 bytes (file systems allow 255 bytes per name; sizes and "-1" suffixes are added). */
const MAX_STEM_BYTES = 120

/**
 * A file name that is safe to store and to put in a URL: the last path segment only, no control or
 * invisible formatting characters (such as the right-to-left override that makes `exe.pdf` read as
 * `fdp.exe`), letters, digits, `-`, `_` and one `.` before a lower-case extension, at most 120
 * bytes before the extension. Never empty.
 * @example safeUploadName('../../etc/passwd.pdf') === 'passwd.pdf'
 * @example safeUploadName('Izveštaj 2025 (final).PDF') === 'Izveštaj-2025-final.pdf'
 */
export function safeUploadName(name: string): string {
  const last = name.normalize('NFC').split(/[\\/]/).pop() ?? ''
  const visible = last.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
  const dot = visible.lastIndexOf('.')
  const rawExt = dot > 0 ? visible.slice(dot + 1) : ''
  const rawStem = dot > 0 ? visible.slice(0, dot) : visible
  const ext = rawExt.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 10)
  let stem = rawStem
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
  while (Buffer.byteLength(stem) > MAX_STEM_BYTES) stem = [...stem].slice(0, -1).join('')
  stem = stem.replace(/[-_]+$/, '') || 'upload'
  return ext ? `${stem}.${ext}` : stem
}
