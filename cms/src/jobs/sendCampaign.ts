import type { Payload, TaskConfig } from 'payload'

import type { Campaign, Subscriber } from '@clearinghouse/shared/payload-types'
import { lexicalToHtml, lexicalToText, type LexicalState } from '@clearinghouse/shared/richtext'

import { FROM_CAMPAIGN_JOB } from '../collections/Campaigns'
import { campaignMail } from '../endpoints/newsletter/mail'
import { manageToken, randomToken, sha256 } from '../endpoints/newsletter/tokens'

export const CAMPAIGN_BATCH_SIZE = 50

export interface SendResult {
  sent: number
  failed: number
  /** Recipients with a delivery row already (an earlier or concurrent run): not sent again. */
  skipped: number
}

const intersects = (a: readonly string[], b: readonly string[]) => a.some((v) => b.includes(v))

/** Whether a confirmed subscriber belongs to the campaign's segment (a subscriber without jurisdictions follows all). */
export function inSegment(sub: Pick<Subscriber, 'lists' | 'jurisdictions'>, campaign: Pick<Campaign, 'lists' | 'jurisdictions'>): boolean {
  if (!intersects(sub.lists ?? [], campaign.lists ?? [])) return false
  const wanted = campaign.jurisdictions ?? []
  const followed = sub.jurisdictions ?? []
  return wanted.length === 0 || followed.length === 0 || intersects(followed, wanted)
}

async function recipients(payload: Payload, campaign: Campaign): Promise<Subscriber[]> {
  const out: Subscriber[] = []
  for (let page = 1; ; page++) {
    const res = await payload.find({ collection: 'subscribers', where: { status: { equals: 'confirmed' } }, sort: 'id', limit: 500, page, depth: 0, overrideAccess: true, showHiddenFields: true })
    for (const sub of (res.docs as Subscriber[]).filter((s) => inSegment(s, campaign))) {
      // Subscribers entered by hand in the admin have no manage secret yet: without one, no unsubscribe link.
      if (!sub.manageTokenHash) {
        sub.manageTokenHash = sha256(randomToken())
        await payload.update({ collection: 'subscribers', id: sub.id, data: { manageTokenHash: sub.manageTokenHash }, overrideAccess: true, depth: 0 })
      }
      out.push(sub)
    }
    if (!res.hasNextPage) return out
  }
}

/**
 * Sends a campaign to every confirmed subscriber of its segment who has no delivery row yet, in
 * batches: each batch first claims its recipients (one row each, unique per campaign and
 * subscriber), then sends. Running it again — after a crash, a retry or by mistake — sends nothing
 * twice. Marks the campaign "sent" with its counts at the end.
 */
export async function sendCampaign(payload: Payload, id: string | number, batchSize = CAMPAIGN_BATCH_SIZE): Promise<SendResult> {
  const context = { [FROM_CAMPAIGN_JOB]: true }
  const campaign = (await payload.findByID({ collection: 'campaigns', id, depth: 0, overrideAccess: true })) as Campaign
  const result: SendResult = { sent: 0, failed: 0, skipped: 0 }
  if (campaign.status === 'draft') return result
  const body = { html: lexicalToHtml(campaign.body as unknown as LexicalState), text: lexicalToText(campaign.body as unknown as LexicalState) }
  const existing = await payload.find({ collection: 'campaign-deliveries', where: { campaign: { equals: campaign.id } }, pagination: false, depth: 0, overrideAccess: true, select: { subscriber: true } })
  const handled = new Set(existing.docs.map((d) => String(d.subscriber)))
  const todo = (await recipients(payload, campaign)).filter((s) => !handled.has(String(s.id)))
  result.skipped = handled.size

  for (let i = 0; i < todo.length; i += batchSize) {
    const claimed: { sub: Subscriber; delivery: number | string }[] = []
    for (const sub of todo.slice(i, i + batchSize)) {
      try {
        const row = await payload.create({ collection: 'campaign-deliveries', data: { campaign: campaign.id, subscriber: sub.id, status: 'sending' }, overrideAccess: true, depth: 0 })
        claimed.push({ sub, delivery: row.id })
      } catch {
        // The unique index: another run claimed this recipient first.
        result.skipped++
      }
    }
    for (const { sub, delivery } of claimed) {
      const mail = campaignMail(sub.email, campaign.subject, body, manageToken(sub.id, sub.manageTokenHash ?? ''))
      try {
        await payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers })
        await payload.update({ collection: 'campaign-deliveries', id: delivery, data: { status: 'sent', sentAt: new Date().toISOString() }, overrideAccess: true, depth: 0 })
        result.sent++
      } catch (err) {
        // Logged without the address; the row keeps the reason for the administrator.
        payload.logger.error({ err, msg: `campaign ${campaign.id}: a message could not be sent` })
        await payload.update({ collection: 'campaign-deliveries', id: delivery, data: { status: 'failed', error: String((err as Error).message).slice(0, 500) }, overrideAccess: true, depth: 0 })
        result.failed++
      }
    }
  }

  const totals = await Promise.all(
    (['sent', 'failed'] as const).map((status) => payload.count({ collection: 'campaign-deliveries', where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: status } }] }, overrideAccess: true }).then((r) => r.totalDocs)),
  )
  await payload.update({
    collection: 'campaigns',
    id: campaign.id,
    data: { status: 'sent', sentAt: campaign.sentAt ?? new Date().toISOString(), sentCount: totals[0], failedCount: totals[1] },
    overrideAccess: true,
    context,
  })
  return result
}

/** The job-queue task behind the campaign's "Sending" status (queued by the Campaigns collection). */
export const sendCampaignTask: TaskConfig<{ input: { campaign: string }; output: { sent: number; failed: number; skipped: number } }> = {
  slug: 'sendCampaign',
  label: 'Send a newsletter campaign',
  inputSchema: [{ name: 'campaign', type: 'text', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  // A retry is safe: recipients already claimed are skipped.
  retries: 3,
  handler: async ({ input, req }) => ({ output: await sendCampaign(req.payload, input.campaign) }),
}
