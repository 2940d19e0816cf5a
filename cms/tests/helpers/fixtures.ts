import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import { richText } from '../../src/seed/lexical'
import { createPdf as writePdf } from '../../src/seed/pdf'

/** A small real PNG made with sharp. */
export async function pngBuffer(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 11, g: 83, b: 148 } } })
    .png()
    .toBuffer()
}

/** A real one-page PDF, made by the seed's PDF writer. */
export function pdfBuffer(text = 'Test document'): Buffer {
  return writePdf({ title: text, date: new Date('2025-01-01T00:00:00Z'), blocks: [{ p: 'Generated for a test.' }] })
}

const lexical = (text: string) => richText([{ p: text }])

let counter = 0
const unique = (s: string) => `${s} ${++counter}`

/** Uploads a real PNG and returns its id. */
export async function createImage(payload: Payload): Promise<number | string> {
  const data = await pngBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'A blue test image' },
    file: { data, mimetype: 'image/png', name: `test-${++counter}.png`, size: data.length },
  })
  return doc.id
}

export async function createPdf(payload: Payload): Promise<number | string> {
  const data = pdfBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'A test report' },
    file: { data, mimetype: 'application/pdf', name: `report-${++counter}.pdf`, size: data.length },
  })
  return doc.id
}

/** Valid data for one document of each collection (files uploaded as needed). */
export async function validData(payload: Payload, collection: CollectionSlug): Promise<Record<string, unknown>> {
  switch (collection) {
    case 'news':
      return { title: unique('Regional meeting of SALW commissions'), date: '2025-03-04T12:00:00.000Z', topic: 'salw-control', summary: 'Commissions met in Belgrade.', body: lexical('Body text.'), jurisdictions: ['serbia'], _status: 'published' }
    case 'publications':
      return { title: unique('Armed violence monitor, March 2025'), date: '2025-04-01T12:00:00.000Z', type: 'avm-monthly', theme: 'salw-control', summary: 'Monthly figures.', files: [{ file: await createPdf(payload), language: 'en' }], _status: 'published' }
    case 'laws':
      return { title: unique('Law on Weapons and Ammunition'), jurisdiction: 'serbia', kind: 'law', status: 'in-force', subjects: ['weapons-and-ammunition'], adoptedDate: '2015-02-20T12:00:00.000Z', summary: 'Regulates acquisition and possession.', _status: 'published' }
    case 'pages':
      return { title: unique('About us'), section: 'who-we-are', body: lexical('We support arms control.'), _status: 'published' }
    case 'media':
      return { alt: 'unused: media is created with a file' }
    case 'incidents':
      return {
        date: '2025-05-10T12:00:00.000Z', jurisdiction: 'serbia', place: 'Niš', latitude: 43.3209, longitude: 21.8958, setting: 'urban', placeType: 'street',
        context: 'public-dispute', weaponType: 'handgun', possession: 'illegal',
        victims: { injured: 1, male: 1, age19to35: 1 }, perpetrators: { male: 1 },
        description: 'A man was injured in a dispute in a street.', source: { type: 'media', outlet: 'Test News', url: 'https://news.example.org/a' }, verified: true,
      }
    case 'team-members':
      return { name: unique('Ana Petrović'), position: 'Project officer' }
    case 'partners':
      return { name: unique('European Union'), kind: 'donor', url: 'https://europa.eu' }
    case 'vacancies':
      return { title: unique('Project assistant'), reference: 'VA-01', location: 'Belgrade, Serbia', contractType: 'service-contract', deadline: '2030-01-01T12:00:00.000Z', description: lexical('Apply by e-mail.') }
    case 'procurement-notices':
      return { title: unique('Printing services'), reference: 'RFQ-01', kind: 'rfq', deadline: '2030-01-01T12:00:00.000Z', description: lexical('Quotations due.') }
    case 'subscribers':
      return { email: `reader${++counter}@example.org`, status: 'confirmed' }
    case 'campaigns':
      return { subject: unique('November in the region'), body: lexical('News from the region.'), lists: ['news'] }
    case 'campaign-deliveries': {
      const campaign = await payload.create({ collection: 'campaigns', data: (await validData(payload, 'campaigns')) as never })
      const subscriber = await createDoc(payload, 'subscribers')
      return { campaign: campaign.id, subscriber, status: 'sent' }
    }
    case 'audit-log':
      return { at: '2026-11-25T10:00:00.000Z', operation: 'publish', collectionSlug: 'news', documentId: '1', title: unique('A news item'), userLabel: 'system', publicChange: true }
    case 'site-builds':
      return { status: 'succeeded', trigger: 'changes', mode: 'build', startedAt: '2026-11-25T10:00:00.000Z', changesUntil: '2026-11-25T10:00:00.000Z', changes: 1 }
    case 'users':
      return { email: `user${++counter}@example.org`, password: 'a-long-test-password-1', name: 'Test User', role: 'editor' }
    default:
      throw new Error(`No fixture for ${collection}`)
  }
}

/** Creates one document (bypassing access) and returns its id. */
export async function createDoc(payload: Payload, collection: CollectionSlug): Promise<number | string> {
  if (collection === 'media') return createImage(payload)
  const doc = await payload.create({ collection, data: (await validData(payload, collection)) as never })
  return doc.id
}
