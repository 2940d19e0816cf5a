/**
 * A small, dependency-free PDF 1.4 writer for the seed's demo documents: A4 pages with a title,
 * headings, wrapped paragraphs and bullet lists in the standard Helvetica fonts (nothing embedded,
 * so the file opens in any reader even on a machine without fonts).
 *
 * Text is encoded in WinAnsi, extended through a `/Differences` array with the Latin letters the
 * region's languages need and WinAnsi lacks (č ć đ ă ș ț …). Scripts Helvetica cannot show at all
 * (Cyrillic) are the caller's business: such documents are simply not generated as PDFs.
 */
import { deflateSync } from 'node:zlib'

export type PdfBlock = { h: string } | { p: string } | { ul: string[] } | { note: string }

export interface PdfDocument {
  title: string
  /** A line under the title (series, date, place). */
  subtitle?: string
  author?: string
  subject?: string
  /** BCP 47 tag of the text, for screen readers (`/Lang`). */
  lang?: string
  /** Creation date written into the document information; fixed input → identical bytes. */
  date?: Date
  /** Repeated at the bottom of every page, left of the page number. */
  footer?: string
  blocks: PdfBlock[]
}

// --- Fonts and encoding -------------------------------------------------------------------------

/** WinAnsi bytes 0x80–0x9F that are not Latin-1 (Unicode → byte). */
const WIN_ANSI_SPECIALS: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
}

/**
 * Letters missing from WinAnsi, placed on bytes that WinAnsi leaves undefined or uses for rarely
 * needed symbols (¤ ¦ ¨ ¯ ´ ¸ ¹ ² ³ ¼ ½ ¾). Glyph names are those of the standard Helvetica fonts.
 */
const EXTRA_GLYPHS: [char: string, code: number, glyph: string][] = [
  ['Č', 0x81, 'Ccaron'],
  ['č', 0x8d, 'ccaron'],
  ['Ć', 0x8f, 'Cacute'],
  ['ć', 0x90, 'cacute'],
  ['Đ', 0x9d, 'Dcroat'],
  ['đ', 0xa4, 'dcroat'],
  ['Ă', 0xa6, 'Abreve'],
  ['ă', 0xa8, 'abreve'],
  ['Ș', 0xaf, 'Scommaaccent'],
  ['ș', 0xb4, 'scommaaccent'],
  ['Ț', 0xb8, 'Tcommaaccent'],
  ['ț', 0xb9, 'tcommaaccent'],
  ['Ş', 0xb2, 'Scedilla'],
  ['ş', 0xb3, 'scedilla'],
  ['ő', 0xbc, 'ohungarumlaut'],
  ['ű', 0xbd, 'uhungarumlaut'],
]

const ENCODE = new Map<string, number>()
for (let c = 0x20; c <= 0x7e; c++) ENCODE.set(String.fromCharCode(c), c)
for (let c = 0xa0; c <= 0xff; c++) ENCODE.set(String.fromCharCode(c), c)
for (const [ch, code] of Object.entries(WIN_ANSI_SPECIALS)) ENCODE.set(ch, code)
// The bytes reused for extra letters no longer stand for their Latin-1 symbols.
for (const [, code] of EXTRA_GLYPHS) ENCODE.delete(String.fromCharCode(code))
for (const [ch, code] of EXTRA_GLYPHS) ENCODE.set(ch, code)

/** Characters with no glyph of their own are written as a close substitute. */
const SUBSTITUTES: Record<string, string> = {
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u2011': '-',
  '\u2212': '-',
  '\u2032': "'",
  '≥': '>=',
  '≤': '<=',
  '→': '->',
}

const ENCODING_OBJECT = `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ ${EXTRA_GLYPHS.map(
  ([, code, glyph]) => `${code} /${glyph}`,
).join(' ')} ] >>`

/** Advance widths (1/1000 em) of printable ASCII, from Adobe's Helvetica and Helvetica-Bold metrics. */
// prettier-ignore
const ASCII_WIDTHS = {
  regular: [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584],
  bold: [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584],
}
const SPECIAL_WIDTHS: Record<string, [regular: number, bold: number]> = {
  '–': [556, 556],
  '—': [1000, 1000],
  '‘': [222, 278],
  '’': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '„': [333, 500],
  '•': [350, 350],
  '…': [1000, 1000],
  '€': [556, 556],
  '·': [278, 278],
  '°': [400, 400],
  '«': [556, 556],
  '»': [556, 556],
  '§': [556, 556],
  '©': [737, 737],
  '×': [584, 584],
  '™': [1000, 1000],
}

type FontStyle = 'regular' | 'bold'

/** Normalises text to what the fonts can show: known characters, else the base letter, else '?'. */
function toPdfChars(text: string): string {
  let out = ''
  for (const raw of text) {
    const ch = SUBSTITUTES[raw] ?? raw
    if (ch.length > 1 || ENCODE.has(ch)) {
      out += ch
      continue
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    out += base && [...base].every((c) => ENCODE.has(c)) ? base : '?'
  }
  return out
}

function charWidth(ch: string, style: FontStyle): number {
  const code = ch.charCodeAt(0)
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[style][code - 0x20] ?? 556
  const special = SPECIAL_WIDTHS[ch]
  if (special) return style === 'regular' ? special[0] : special[1]
  // Accented letters share their base letter's advance width.
  const base = ch.normalize('NFD')[0] ?? ch
  const baseCode = base.charCodeAt(0)
  if (base !== ch && baseCode >= 0x20 && baseCode <= 0x7e) return ASCII_WIDTHS[style][baseCode - 0x20] ?? 556
  if ('đĐ'.includes(ch)) return style === 'regular' ? (ch === 'Đ' ? 722 : 556) : ch === 'Đ' ? 722 : 611
  return 556
}

/** Width of a string in points at `size`. */
export function textWidth(text: string, size: number, style: FontStyle = 'regular'): number {
  let w = 0
  for (const ch of toPdfChars(text)) w += charWidth(ch, style)
  return (w * size) / 1000
}

/** A PDF literal string: bytes of the encoding, with delimiters and non-ASCII bytes escaped. */
function pdfString(text: string): string {
  let out = '('
  for (const ch of toPdfChars(text)) {
    const code = ENCODE.get(ch) ?? 0x3f
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`
    else out += ch
  }
  return `${out})`
}

/** Greedy word wrap to `maxWidth` points; words longer than a line are split. */
export function wrapText(text: string, size: number, maxWidth: number, style: FontStyle = 'regular'): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (let word of words) {
    while (textWidth(word, size, style) > maxWidth) {
      let cut = word.length - 1
      while (cut > 1 && textWidth(word.slice(0, cut), size, style) > maxWidth) cut--
      if (line) lines.push(line)
      lines.push(word.slice(0, cut))
      line = ''
      word = word.slice(cut)
    }
    const candidate = line ? `${line} ${word}` : word
    if (textWidth(candidate, size, style) <= maxWidth) line = candidate
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines
}

// --- Layout --------------------------------------------------------------------------------------

const PAGE = { width: 595.28, height: 841.89 } // A4 in points
const MARGIN = { top: 72, bottom: 72, left: 64, right: 64 }
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const BLUE = '0.043 0.325 0.580' // #0b5394
const DARK = '0.12 0.16 0.22'
const GREY = '0.42 0.45 0.50'

interface Line {
  text: string
  x: number
  size: number
  style: FontStyle
  color: string
  /** Distance from the previous line's baseline. */
  advance: number
  bullet?: boolean
}

function layoutBlocks(doc: PdfDocument): Line[] {
  const lines: Line[] = []
  const push = (
    texts: string[],
    size: number,
    style: FontStyle,
    color: string,
    leading: number,
    gapBefore: number,
    x = MARGIN.left,
  ) =>
    texts.forEach((text, i) =>
      lines.push({ text, x, size, style, color, advance: (i === 0 ? gapBefore : 0) + size * leading }),
    )

  push(wrapText(doc.title, 20, CONTENT_WIDTH, 'bold'), 20, 'bold', BLUE, 1.25, 0)
  if (doc.subtitle) push(wrapText(doc.subtitle, 11, CONTENT_WIDTH), 11, 'regular', GREY, 1.4, 4)
  for (const block of doc.blocks) {
    if ('h' in block) push(wrapText(block.h, 13, CONTENT_WIDTH, 'bold'), 13, 'bold', BLUE, 1.3, 14)
    else if ('p' in block) push(wrapText(block.p, 10.5, CONTENT_WIDTH), 10.5, 'regular', DARK, 1.45, 6)
    else if ('note' in block) push(wrapText(block.note, 9, CONTENT_WIDTH), 9, 'regular', GREY, 1.4, 8)
    else {
      block.ul.forEach((item, n) => {
        const wrapped = wrapText(item, 10.5, CONTENT_WIDTH - 16)
        wrapped.forEach((text, i) =>
          lines.push({
            text,
            x: MARGIN.left + 16,
            size: 10.5,
            style: 'regular',
            color: DARK,
            advance: (i === 0 ? (n === 0 ? 6 : 3) : 0) + 10.5 * 1.45,
            bullet: i === 0,
          }),
        )
      })
    }
  }
  return lines
}

function paginate(lines: Line[]): Line[][] {
  const pages: Line[][] = [[]]
  let y = PAGE.height - MARGIN.top
  for (const line of lines) {
    const current = pages[pages.length - 1]!
    if (y - line.advance < MARGIN.bottom && current.length > 0) {
      pages.push([{ ...line, advance: line.size }])
      y = PAGE.height - MARGIN.top - line.size
      continue
    }
    current.push(line)
    y -= line.advance
  }
  return pages
}

function pageContent(lines: Line[], pageNo: number, pageCount: number, footer: string | undefined): string {
  const ops: string[] = []
  // A thin band in the programme's blue across the top of every page.
  ops.push(`${BLUE} rg 0 ${(PAGE.height - 28).toFixed(2)} ${PAGE.width.toFixed(2)} 28 re f`)
  let y = PAGE.height - MARGIN.top
  for (const line of lines) {
    y -= line.advance
    const font = line.style === 'bold' ? 'F2' : 'F1'
    if (line.bullet)
      ops.push(
        `BT ${line.color} rg /F1 ${line.size} Tf ${(line.x - 12).toFixed(2)} ${y.toFixed(2)} Td ${pdfString('•')} Tj ET`,
      )
    ops.push(
      `BT ${line.color} rg /${font} ${line.size} Tf ${line.x.toFixed(2)} ${y.toFixed(2)} Td ${pdfString(line.text)} Tj ET`,
    )
  }
  const pageLabel = `${pageNo} / ${pageCount}`
  ops.push(`${GREY} RG 0.5 w ${MARGIN.left} 52 m ${(PAGE.width - MARGIN.right).toFixed(2)} 52 l S`)
  if (footer) ops.push(`BT ${GREY} rg /F1 8 Tf ${MARGIN.left} 40 Td ${pdfString(footer)} Tj ET`)
  ops.push(
    `BT ${GREY} rg /F1 8 Tf ${(PAGE.width - MARGIN.right - textWidth(pageLabel, 8)).toFixed(2)} 40 Td ${pdfString(pageLabel)} Tj ET`,
  )
  return ops.join('\n')
}

/** Document-information strings are not in the fonts' encoding: UTF-16BE with a byte-order mark. */
function pdfTextString(text: string): string {
  const utf16 = Buffer.from(text, 'utf16le').swap16()
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`
}

// --- Serialisation --------------------------------------------------------------------------------

/**
 * Renders a document to the bytes of a PDF 1.4 file (deterministic for the same input).
 * @example fs.writeFileSync('report.pdf', createPdf({ title: 'Report', blocks: [{ p: 'Hello.' }] }))
 */
export function createPdf(doc: PdfDocument): Buffer {
  const pages = paginate(layoutBlocks(doc))
  // Objects 1–5 are fixed; each page then takes two (page, content stream).
  const pageIds = pages.map((_, i) => 6 + i * 2)
  const objects: (string | Buffer)[] = []
  const lang = doc.lang ? ` /Lang ${pdfString(doc.lang)}` : ''
  objects[1] = `<< /Type /Catalog /Pages 2 0 R${lang} >>`
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`
  objects[3] = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 5 0 R >>`
  objects[4] = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 5 0 R >>`
  objects[5] = ENCODING_OBJECT
  pages.forEach((lines, i) => {
    const id = pageIds[i]!
    const stream = deflateSync(Buffer.from(pageContent(lines, i + 1, pages.length, doc.footer), 'latin1'))
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`
    objects[id + 1] = Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      stream,
      Buffer.from('\nendstream', 'latin1'),
    ])
  })
  const infoId = objects.length
  const info = [`/Title ${pdfTextString(doc.title)}`, '/Producer (Clearinghouse seed)']
  if (doc.author) info.push(`/Author ${pdfTextString(doc.author)}`)
  if (doc.subject) info.push(`/Subject ${pdfTextString(doc.subject)}`)
  if (doc.date) info.push(`/CreationDate (${pdfDate(doc.date)})`)
  objects[infoId] = `<< ${info.join(' ')} >>`

  // The second line marks the file as binary for transfer tools (bytes ≥ 128, as the spec advises).
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let offset = chunks[0]!.length
  const offsets: number[] = []
  for (let id = 1; id < objects.length; id++) {
    const body = objects[id]!
    const chunk = Buffer.concat([
      Buffer.from(`${id} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ])
    offsets[id] = offset
    chunks.push(chunk)
    offset += chunk.length
  }
  const size = objects.length
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`
  for (let id = 1; id < size; id++) xref += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`
  xref += `trailer\n<< /Size ${size} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${offset}\n%%EOF\n`
  chunks.push(Buffer.from(xref, 'latin1'))
  return Buffer.concat(chunks)
}
