import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Campaign } from '@clearinghouse/shared/payload-types'

import { richText } from '../../src/seed/lexical'
import { listUnsubscribeUrl, rawHeader, startNewsletterCms, type NewsletterCms } from '../helpers/newsletterHarness'

let cms: NewsletterCms
let payload: Payload
let editor: Record<string, unknown>
let sha256: (value: string) => string
let sendCampaign: (payload: Payload, id: string | number) => Promise<{ sent: number; failed: number; skipped: number }>

beforeAll(async () => {
  cms = await startNewsletterCms('campaigns')
  payload = cms.payload
  ;({ sha256 } = await import('../../src/endpoints/newsletter/tokens'))
  ;({ sendCampaign } = await import('../../src/jobs/sendCampaign'))
  // The first account is always an administrator: the editor comes second.
  await payload.create({ collection: 'users', data: { email: 'admin@example.org', password: 'a-long-test-password-1', name: 'Admin', role: 'admin' } })
  const user = await payload.create({ collection: 'users', data: { email: 'editor@example.org', password: 'a-long-test-password-1', name: 'Editor', role: 'editor' } })
  editor = { ...user, collection: 'users' }
  // Five confirmed subscribers, three of them in the segment "news, Serbia"; plus a pending and an unsubscribed one.
  const people: [string, 'confirmed' | 'pending' | 'unsubscribed', ('news' | 'avm-monthly' | 'publications')[], ('serbia' | 'albania')[]][] = [
    ['all.places@example.org', 'confirmed', ['news'], []],
    ['serbia@example.org', 'confirmed', ['news', 'avm-monthly'], ['serbia']],
    ['two.places@example.org', 'confirmed', ['publications', 'news'], ['albania', 'serbia']],
    ['publications.only@example.org', 'confirmed', ['publications'], []],
    ['albania@example.org', 'confirmed', ['news'], ['albania']],
    ['pending@example.org', 'pending', ['news'], []],
    ['gone@example.org', 'unsubscribed', ['news'], []],
  ]
  for (const [email, status, lists, jurisdictions] of people) {
    await payload.create({ collection: 'subscribers', data: { email, status, lists, jurisdictions, manageTokenHash: sha256(email) }, overrideAccess: true })
  }
}, 60_000)
afterAll(async () => cms?.close())

const SEGMENT = ['all.places@example.org', 'serbia@example.org', 'two.places@example.org']
const received = (subject: string) => cms.inbox.messages.filter((m) => m.subject === subject)
const recipientsOf = (subject: string) => received(subject).map((m) => (!Array.isArray(m.to) ? m.to?.text : '')).sort()
const settle = () => new Promise((r) => setTimeout(r, 500))

async function draft(subject: string): Promise<Campaign> {
  return (await payload.create({
    collection: 'campaigns',
    data: { subject, body: richText([{ p: 'Our monthly news from the region.' }]) as Campaign['body'], lists: ['news'], jurisdictions: ['serbia'] },
    overrideAccess: false,
    user: editor as never,
  })) as Campaign
}

describe('newsletter campaigns through the job queue', () => {
  it('an editor sends a campaign: the job delivers exactly the 3 segment mails, with unsubscribe headers and links', async () => {
    const campaign = await draft('November in the region')
    expect(campaign.status).toBe('draft')
    await payload.update({ collection: 'campaigns', id: campaign.id, data: { status: 'sending' }, overrideAccess: false, user: editor as never })
    const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendCampaign' } }, overrideAccess: true })
    expect(queued.totalDocs).toBe(1)
    expect(received('November in the region')).toHaveLength(0)

    await payload.jobs.run()
    await cms.inbox.waitFor(() => received('November in the region').length >= 3)
    await settle()
    expect(recipientsOf('November in the region')).toEqual([...SEGMENT].sort())
    for (const mail of received('November in the region')) {
      expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
      expect(listUnsubscribeUrl(mail)).toMatch(/\/api\/newsletter\/unsubscribe\?token=\d+-/)
      expect(mail.text).toContain('Our monthly news from the region.')
      expect(mail.text).toMatch(/\/api\/newsletter\/preferences\?token=/)
    }
    const stored = await payload.findByID({ collection: 'campaigns', id: campaign.id })
    expect(stored).toMatchObject({ status: 'sent', sentCount: 3, failedCount: 0 })
    expect(stored.sentAt).toBeTruthy()
    const deliveries = await payload.find({ collection: 'campaign-deliveries', where: { campaign: { equals: campaign.id } } })
    expect(deliveries.docs.map((d) => d.status)).toEqual(['sent', 'sent', 'sent'])

    // Running the job again (a retry, a second runner, a mistake) sends nothing more.
    expect(await sendCampaign(payload, campaign.id)).toEqual({ sent: 0, failed: 0, skipped: 3 })
    await payload.jobs.queue({ task: 'sendCampaign', input: { campaign: String(campaign.id) } })
    await payload.jobs.run()
    await settle()
    expect(received('November in the region')).toHaveLength(3)
  })

  it('after a crash mid-send, the restarted job sends only to those not yet claimed', async () => {
    const campaign = await draft('Crash test')
    // As if a runner died after claiming (and perhaps sending to) one recipient.
    await payload.update({ collection: 'campaigns', id: campaign.id, data: { status: 'sending' }, overrideAccess: false, user: editor as never })
    const first = (await payload.find({ collection: 'subscribers', where: { email: { equals: SEGMENT[1] } } })).docs[0]
    await payload.create({ collection: 'campaign-deliveries', data: { campaign: campaign.id, subscriber: first?.id, status: 'sending' } })
    await payload.jobs.run()
    await cms.inbox.waitFor(() => received('Crash test').length >= 2)
    await settle()
    expect(recipientsOf('Crash test')).toEqual([SEGMENT[0], SEGMENT[2]].sort())
    // The unique (campaign, subscriber) index refuses a second row for the same recipient.
    await expect(payload.create({ collection: 'campaign-deliveries', data: { campaign: campaign.id, subscriber: first?.id, status: 'sending' } })).rejects.toThrow()
  })

  it('a campaign being sent or sent cannot be edited or re-sent by hand; editors never see deliveries', async () => {
    const sent = (await payload.find({ collection: 'campaigns', where: { status: { equals: 'sent' } }, limit: 1 })).docs[0]
    expect(sent).toBeTruthy()
    await expect(payload.update({ collection: 'campaigns', id: sent?.id ?? 0, data: { subject: 'Changed' }, overrideAccess: false, user: editor as never })).rejects.toMatchObject({ status: 400 })
    const fresh = await draft('Not yet')
    await expect(payload.update({ collection: 'campaigns', id: fresh.id, data: { status: 'sent' }, overrideAccess: false, user: editor as never })).rejects.toMatchObject({ status: 400 })
    await expect(payload.find({ collection: 'campaign-deliveries', overrideAccess: false, user: editor as never })).rejects.toMatchObject({ status: 403 })
  })

  it('deleting a subscriber keeps the delivery row without the address; deleting a campaign removes its rows', async () => {
    const campaign = (await payload.find({ collection: 'campaigns', where: { subject: { equals: 'November in the region' } } })).docs[0]
    const gone = (await payload.find({ collection: 'subscribers', where: { email: { equals: SEGMENT[0] } } })).docs[0]
    await payload.delete({ collection: 'subscribers', id: gone?.id ?? 0 })
    const rows = await payload.find({ collection: 'campaign-deliveries', where: { campaign: { equals: campaign?.id } }, depth: 0 })
    expect(rows.docs.map((d) => d.subscriber ?? null)).toContain(null)
    await payload.delete({ collection: 'campaigns', id: campaign?.id ?? 0 })
    expect((await payload.count({ collection: 'campaign-deliveries', where: { campaign: { equals: campaign?.id } } })).totalDocs).toBe(0)
  })
})
