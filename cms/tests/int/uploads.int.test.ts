import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pdfBuffer, pngBuffer } from '../helpers/fixtures'
import { startNewsletterCms, type NewsletterCms } from '../helpers/newsletterHarness'

/**
 * Hostile uploads over real HTTP (multipart, as the admin sends them) to `media` — the only upload
 * collection: publications' PDF files and covers are `media` documents too. Each refusal must be
 * a 400 naming the `file` field, or a 413 when too big, and leave nothing behind: no document and
 * no file in the media folder. Accepted files get a safe stored name inside the media folder.
 */
const MAX_BYTES = 1024 * 1024
let cms: NewsletterCms
let payload: Payload
let base: string
let mediaDir: string
let editorToken: string

interface UploadAnswer {
  status: number
  body: { doc?: { id: number; filename: string; url: string; mimeType: string }; errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
}

/**
 * A multipart body written byte by byte, as an attacker's client would send it: the file name goes
 * out exactly as given (UTF-8, only `"` and line breaks escaped, as browsers do), path and all.
 */
function multipart(data: Uint8Array, name: string, type: string): { body: Buffer; contentType: string } {
  const boundary = `----attack${Math.random().toString(16).slice(2)}`
  const quoted = name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted}"\r\nContent-Type: ${type}\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: 'An uploaded file' })}\r\n--${boundary}--\r\n`),
  ])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

async function upload(data: Uint8Array, name: string, type: string, init: { method?: string; path?: string } = {}): Promise<UploadAnswer> {
  const { body: payloadBody, contentType } = multipart(data, name, type)
  const res = await fetch(`${base}${init.path ?? '/api/media'}`, {
    method: init.method ?? 'POST',
    headers: { Authorization: `JWT ${editorToken}`, 'Content-Type': contentType },
    body: new Uint8Array(payloadBody),
  })
  const text = await res.text()
  let body: UploadAnswer['body'] = {}
  try {
    body = JSON.parse(text) as UploadAnswer['body']
  } catch {
    body = { errors: [{ message: text }] }
  }
  return { status: res.status, body }
}

/** The message Payload returns for the `file` field, if any. */
const fileError = (a: UploadAnswer) => a.body.errors?.[0]?.data?.errors?.find((e) => e.path === 'file')?.message

/** Everything stored: documents and the media folder's files. */
const stored = async () => ({
  docs: (await payload.count({ collection: 'media' })).totalDocs,
  files: fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).sort() : [],
})

const ascii = (s: string) => Buffer.from(s, 'latin1')

beforeAll(async () => {
  cms = await startNewsletterCms('uploads', { UPLOAD_MAX_BYTES: String(MAX_BYTES) })
  payload = cms.payload
  base = cms.base
  mediaDir = path.join(cms.dir, 'media')
  await payload.create({ collection: 'users', data: { email: 'editor@example.org', password: 'a-long-test-password-1', name: 'Editor', role: 'editor' } })
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password: 'a-long-test-password-1' }),
  })
  editorToken = ((await login.json()) as { token: string }).token
}, 120_000)

afterAll(async () => {
  await cms?.close()
})

describe('refused uploads: 400 naming the file field, nothing stored', () => {
  const html = '<!doctype html><html><body><script>fetch("/api/users/me")</script></body></html>'
  const cases: [string, () => Promise<Buffer> | Buffer, string, string, RegExp][] = [
    ['an HTML page renamed .pdf', () => ascii(html), 'report.pdf', 'application/pdf', /report\.pdf is not a real PDF, PNG, JPEG or WebP file/],
    ['HTML with a PDF header further in', () => ascii(`${html}\n%PDF-1.4\n%%EOF\n`), 'report.pdf', 'application/pdf', /is not a real PDF/],
    ['a PDF carrying an HTML page (polyglot)', () => Buffer.concat([pdfBuffer('Polyglot'), ascii(`\n${html}\n%%EOF\n`)]), 'polyglot.pdf', 'application/pdf', /contains web-page markup/],
    ['a JPEG with an HTML page appended (polyglot)', async () => {
      const sharp = (await import('sharp')).default
      const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5394' } }).jpeg().toBuffer()
      return Buffer.concat([jpeg, ascii(html)])
    }, 'photo.jpg', 'image/jpeg', /contains web-page markup/],
    ['a truncated PDF (no xref, no %%EOF)', () => {
      const pdf = pdfBuffer('Truncated')
      return pdf.subarray(0, Math.floor(pdf.length / 2))
    }, 'truncated.pdf', 'application/pdf', /incomplete or damaged PDF \(no cross-reference table or end-of-file marker/],
    ['an SVG with a script', () => ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'), 'logo.svg', 'image/svg+xml', /logo\.svg is not a real/],
    ['an SVG renamed .png', () => ascii('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.png', 'image/png', /is not a real/],
    ['plain XML', () => ascii('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'), 'data.pdf', 'application/xml', /is not a real/],
    ['a Windows executable (MZ)', () => Buffer.concat([ascii('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(120), ascii('PE\x00\x00')]), 'setup.pdf', 'application/pdf', /is not a real/],
    ['a Linux executable (ELF)', () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]), 'tool.png', 'image/png', /is not a real/],
    ['a real PNG named .pdf', () => pngBuffer(), 'scan.pdf', 'application/pdf', /contains a image\/png file but is named \.pdf/],
  ]

  it.each(cases)('%s', async (_label, make, name, type, message) => {
    const before = await stored()
    const res = await upload(await make(), name, type)
    expect(res.status).toBe(400)
    expect(fileError(res)).toMatch(message)
    expect(await stored()).toEqual(before)
  })

  it('a 300-character name (Payload would cut off its extension)', async () => {
    const before = await stored()
    const res = await upload(pdfBuffer('Long name'), `${'a'.repeat(296)}.pdf`, 'application/pdf')
    expect(res.status).toBe(400)
    expect(fileError(res)).toMatch(/file name is longer than 254 characters/)
    expect(await stored()).toEqual(before)
  })

  it('an empty file', async () => {
    const before = await stored()
    const res = await upload(Buffer.alloc(0), 'empty.pdf', 'application/pdf')
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/file/i)
    expect(await stored()).toEqual(before)
  })

  it('replacing a stored file by a hostile one is refused and keeps the original', async () => {
    const good = await upload(pdfBuffer('Original'), 'original.pdf', 'application/pdf')
    expect(good.status).toBe(201)
    const before = await stored()
    const res = await upload(ascii('<html><script>alert(1)</script></html>'), 'original.pdf', 'application/pdf', { method: 'PATCH', path: `/api/media/${good.body.doc?.id}` })
    expect(res.status).toBe(400)
    expect(fileError(res)).toMatch(/is not a real PDF/)
    expect(await stored()).toEqual(before)
    const served = await fetch(new URL(good.body.doc?.url ?? '', base))
    expect(Buffer.from(await served.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('size limit', () => {
  it(`a file over UPLOAD_MAX_BYTES (${MAX_BYTES} bytes) gets 413 and leaves nothing`, async () => {
    const before = await stored()
    const big = Buffer.concat([ascii('%PDF-1.4\n%'), Buffer.alloc(MAX_BYTES + 200_000, 0x41), ascii('\n%%EOF\n')])
    // Its own connection: the server answers before reading the whole body, then drops the socket.
    const { body, contentType } = multipart(big, 'big.pdf', 'application/pdf')
    const res = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${base}/api/media`, { method: 'POST', agent: false, headers: { Authorization: `JWT ${editorToken}`, 'Content-Type': contentType, 'Content-Length': body.length } }, (r) => {
        let text = ''
        r.on('data', (d: Buffer) => (text += d.toString()))
        r.on('end', () => resolve({ status: r.statusCode ?? 0, text }))
      })
      req.on('error', reject)
      req.end(body)
    })
    expect(res.status).toBe(413)
    expect(res.text).toMatch(/File size limit has been reached/)
    expect(await stored()).toEqual(before)
  })

  it('a file just under the limit is accepted', async () => {
    // A comment line after the header: the end (xref, %%EOF) stays where Payload's check looks.
    const pdf = pdfBuffer('Just under')
    const headerEnd = pdf.indexOf(0x0a) + 1
    const padded = Buffer.concat([pdf.subarray(0, headerEnd), ascii(`%${'A'.repeat(MAX_BYTES - pdf.length - 1000)}\n`), pdf.subarray(headerEnd)])
    expect(padded.length).toBeLessThan(MAX_BYTES)
    const res = await upload(padded, 'under.pdf', 'application/pdf')
    expect(res.body.errors).toBeUndefined()
    expect(res.status).toBe(201)
  })
})

describe('file names: stored under a safe name inside the media folder', () => {
  const safe = /^[\p{L}\p{N}_-]+(?:\.[a-z0-9]+)?$/u
  it.each([
    ['path traversal', '../../etc/passwd.pdf', /^passwd(-\d+)?\.pdf$/],
    ['Windows path traversal', '..\\..\\windows\\win.ini.pdf', /^win-ini(-\d+)?\.pdf$/],
    ['a right-to-left override (reads as "…fdp.exe")', 'invoice\u202Eexe.pdf', /^invoiceexe(-\d+)?\.pdf$/],
    ['zero-width and direction marks', 're\u200Bport\u200F 2025\uFEFF.pdf', /^report-2025(-\d+)?\.pdf$/],
    ['a 250-character name', `${'a'.repeat(246)}.pdf`, /^a{120}(-\d+)?\.pdf$/],
    ['a 250-character Cyrillic name (2 bytes a letter)', `${'ж'.repeat(246)}.pdf`, /^ж{60}(-\d+)?\.pdf$/],
    ['spaces, brackets and Serbian letters', 'Izveštaj o oružju (2025) — final.PDF', /^Izveštaj-o-oružju-2025-final(-\d+)?\.pdf$/],
    ['a leading dot and shell characters', '.$(reboot);`id`.pdf', /^reboot-id(-\d+)?\.pdf$/],
  ])('%s', async (_label, name, expected) => {
    const res = await upload(pdfBuffer('Named'), name, 'application/pdf')
    expect(res.body.errors).toBeUndefined()
    expect(res.status).toBe(201)
    const filename = res.body.doc?.filename ?? ''
    expect(filename).toMatch(expected)
    expect(filename).toMatch(safe)
    expect(Buffer.byteLength(filename)).toBeLessThan(200)
    const onDisk = path.resolve(mediaDir, filename)
    expect(path.dirname(onDisk)).toBe(path.resolve(mediaDir))
    expect(fs.readFileSync(onDisk).subarray(0, 5).toString()).toBe('%PDF-')
    expect(new URL(res.body.doc?.url ?? '', base).pathname).toBe(`/api/media/file/${encodeURIComponent(filename)}`)
  })
})

describe('serving files', () => {
  it('an image and a PDF: right type, inline, never sniffed', async () => {
    for (const [data, type, name] of [
      [await pngBuffer(), 'image/png', 'served.png'],
      [pdfBuffer('Served'), 'application/pdf', 'served.pdf'],
    ] as const) {
      const { body } = await upload(data, name, type)
      const res = await fetch(new URL(body.doc?.url ?? '', base))
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe(type)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-disposition')).toBe('inline')
    }
  })

  it('a stray HTML file in the media folder is only ever downloaded, never rendered', async () => {
    fs.writeFileSync(path.join(mediaDir, 'stray.html'), '<html><script>alert(1)</script></html>')
    const res = await fetch(`${base}/api/media/file/stray.html`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toBe('attachment')
    fs.rmSync(path.join(mediaDir, 'stray.html'))
  })

  it.each(['..%2F..%2F..%2Fetc%2Fpasswd', '..%5C..%5Cetc%5Cpasswd', '%2Fetc%2Fpasswd'])('a traversal in the file URL (%s) gets nothing outside the folder', async (name) => {
    const res = await fetch(`${base}/api/media/file/${name}`)
    expect([400, 403, 404]).toContain(res.status)
    expect(await res.text()).not.toContain('root:')
  })
})
