import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pdfBuffer, pngBuffer, validData } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testPayload'

let cms: TestCms
let payload: Payload

beforeAll(async () => {
  cms = await startTestCms('validation')
  payload = cms.payload
})
afterAll(async () => cms?.close())

/** The validation error Payload raised: its field paths and messages. */
async function rejection(run: () => Promise<unknown>): Promise<{ status: number; errors: { path: string; message: string }[] }> {
  try {
    await run()
  } catch (err) {
    const e = err as { status?: number; data?: { errors?: { path: string; message: string }[] } }
    return { status: e.status ?? 0, errors: e.data?.errors ?? [] }
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}

async function createWith(collection: CollectionSlug, patch: Record<string, unknown>) {
  const data = { ...(await validData(payload, collection)), ...patch }
  return payload.create({ collection, data: data as never })
}

const tomorrow = new Date(Date.now() + 86_400_000).toISOString()

describe.each([
  { name: 'coordinates outside the region', patch: { latitude: 21.9, longitude: 43.3 }, path: 'latitude', message: /outside the region.*swapped/ },
  { name: 'coordinates in the wrong jurisdiction', patch: { jurisdiction: 'albania' }, path: 'latitude', message: /is not in Albania/ },
  { name: 'a date in the future', patch: { date: tomorrow }, path: 'date', message: /cannot be in the future/ },
  { name: 'a date before monitoring began', patch: { date: '2009-06-01T12:00:00.000Z' }, path: 'date', message: /from 2014 onwards/ },
  { name: 'a negative count', patch: { victims: { injured: -1 } }, path: 'victims.injured', message: /whole numbers, zero or more/ },
  { name: 'a fractional count', patch: { victims: { injured: 1.5, male: 1.5 } }, path: 'victims.injured', message: /whole numbers, zero or more/ },
  { name: 'victims by sex not adding up', patch: { victims: { killed: 2, male: 1 } }, path: 'victims', message: /by sex add up to 1, but victims by outcome add up to 2/ },
  { name: 'perpetrators by age not adding up', patch: { perpetrators: { male: 2, age19to35: 1 } }, path: 'perpetrators', message: /by age group add up to 1, but perpetrators by sex add up to 2/ },
  { name: 'a sub-context of another context', patch: { context: 'public-dispute', subcontext: 'hunting' }, path: 'subcontext', message: /does not belong to the chosen context/ },
  { name: 'a jurisdiction outside the vocabulary', patch: { jurisdiction: 'atlantis' }, path: 'jurisdiction', message: /invalid/i },
  { name: 'a jurisdiction the monitor does not cover', patch: { jurisdiction: 'ukraine', latitude: 50.45, longitude: 30.52 }, path: 'jurisdiction', message: /invalid/i },
  { name: 'a source link that is not a web address', patch: { source: { type: 'media', outlet: 'X', url: 'javascript:alert(1)' } }, path: 'source.url', message: /must start with http/ },
])('incidents refuse $name', ({ patch, path, message }) => {
  it('with a 400 naming the field and saying why', async () => {
    const { status, errors } = await rejection(() => createWith('incidents', patch))
    expect(status).toBe(400)
    const hit = errors.find((e) => e.path === path)
    expect(hit, JSON.stringify(errors)).toBeDefined()
    expect(hit?.message).toMatch(message)
  })
})

describe('incident derived fields', () => {
  it('flags a seizure of 5 or more firearms as large and assigns an ID', async () => {
    const doc = await createWith('incidents', { context: 'weapon-seizure', victims: {}, perpetrators: {}, seizure: { firearms: 6, ammunition: 300, explosives: 0 } })
    expect(doc.largeSeizure).toBe(true)
    expect(doc.externalId).toMatch(/^AVMP-2025-[0-9A-F]{8}$/)
  })
  it('ignores a client-sent large-seizure flag that the counts contradict', async () => {
    const doc = await createWith('incidents', { context: 'weapon-seizure', victims: {}, perpetrators: {}, seizure: { firearms: 2 }, largeSeizure: true })
    expect(doc.largeSeizure).toBe(false)
  })
})

describe('content rules', () => {
  it('a law cannot enter into force before its adoption', async () => {
    const { errors } = await rejection(() => createWith('laws', { adoptedDate: '2020-05-01T12:00:00.000Z', effectiveDate: '2020-01-01T12:00:00.000Z' }))
    expect(errors.find((e) => e.path === 'effectiveDate')?.message).toMatch(/cannot be earlier than the date of adoption/)
  })
  it('a law cannot amend itself', async () => {
    const law = await createWith('laws', {})
    const { errors } = await rejection(() => payload.update({ collection: 'laws', id: law.id, data: { amends: [law.id] } as never }))
    expect(errors.find((e) => e.path === 'amends')?.message).toMatch(/cannot amend or replace itself/)
  })
  it('an amending act shows up on the amended one (join)', async () => {
    const original = await createWith('laws', {})
    await createWith('laws', { title: 'Law amending the Law on Weapons', amends: [original.id] })
    const withJoin = await payload.findByID({ collection: 'laws', id: original.id, depth: 0 })
    expect(withJoin.amendedBy?.docs).toHaveLength(1)
  })
  it('a news summary longer than 300 characters is refused', async () => {
    const { errors } = await rejection(() => createWith('news', { summary: 'x'.repeat(301) }))
    expect(errors.find((e) => e.path === 'summary')?.message).toMatch(/300/)
  })
  it('a partner website must use https', async () => {
    const { errors } = await rejection(() => createWith('partners', { url: 'http://insecure.example.org' }))
    expect(errors.find((e) => e.path === 'url')?.message).toMatch(/https:\/\//)
  })
  it('a slug is generated from the title and kept unique', async () => {
    const a = await createWith('news', { title: 'Đakovica and Niš: regional meeting' })
    const b = await createWith('news', { title: 'Đakovica and Niš: regional meeting' })
    expect(a.slug).toBe('djakovica-and-nis-regional-meeting')
    expect(b.slug).toBe('djakovica-and-nis-regional-meeting-2')
  })
})

describe.each([
  { name: 'an HTML page renamed .pdf', file: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), filename: 'report.pdf', mimetype: 'application/pdf', message: /not a real PDF, PNG, JPEG or WebP file/ },
  { name: 'an SVG image with a script', file: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), filename: 'logo.svg', mimetype: 'image/svg+xml', message: /not a real PDF, PNG, JPEG or WebP file/ },
  { name: 'a truncated PDF', file: pdfBuffer().subarray(0, 200), filename: 'cut.pdf', mimetype: 'application/pdf', message: /incomplete or damaged PDF/ },
  { name: 'a Windows program', file: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), filename: 'setup.pdf', mimetype: 'application/pdf', message: /not a real PDF/ },
  { name: 'a PNG named .pdf', file: 'png' as const, filename: 'photo.pdf', mimetype: 'application/pdf', message: /contains a image\/png file but is named \.pdf/ },
])('media refuses $name', ({ file, filename, mimetype, message }) => {
  it('with a 400 on the file and a clear message', async () => {
    const data = file === 'png' ? await pngBuffer() : file
    const { status, errors } = await rejection(() => payload.create({ collection: 'media', data: { alt: 'x' }, file: { data, mimetype, name: filename, size: data.length } }))
    expect(status).toBe(400)
    expect(errors.find((e) => e.path === 'file')?.message).toMatch(message)
  })
})

describe('media accepts', () => {
  it('a real PDF', async () => {
    const data = pdfBuffer()
    const doc = await payload.create({ collection: 'media', data: { alt: 'Report' }, file: { data, mimetype: 'application/pdf', name: 'annual report.pdf', size: data.length } })
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.filename).toMatch(/\.pdf$/)
  })
})
