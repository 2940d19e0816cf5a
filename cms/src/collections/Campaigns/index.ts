import { APIError, type CollectionConfig } from 'payload'

import { CAMPAIGN_STATUSES, JURISDICTIONS, NEWSLETTER_LISTS } from '@clearinghouse/shared/vocab'

import { isStaff } from '../../access'
import { selectFrom } from '../../fields/selectFrom'

/** Set by the sending job on its own writes, which the editor-facing rules below must not block. */
export const FROM_CAMPAIGN_JOB = 'fromCampaignJob'

/**
 * Newsletter campaigns. Editors and admins write a draft and send it by setting the status to
 * "Sending" and saving: that queues the `sendCampaign` job (src/jobs/sendCampaign.ts), which mails
 * the confirmed subscribers of the segment in batches and marks the campaign "Sent". Once sending,
 * a campaign can no longer be changed. Editors see counts, never addresses.
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: 'Campaign', plural: 'Campaigns' },
  admin: {
    group: 'Newsletter',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'lists', 'sentAt', 'sentCount'],
    description: 'To send: check the segment, set the status to "Sending" and save. Confirmed subscribers of the segment receive it within a minute or two.',
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    { name: 'subject', type: 'text', required: true, maxLength: 200 },
    { name: 'body', type: 'richText', required: true },
    {
      type: 'row',
      fields: [
        { ...selectFrom(NEWSLETTER_LISTS, { name: 'lists', hasMany: true, required: true }), admin: { description: 'Subscribers who chose any of these lists receive it.' } },
        { ...selectFrom(JURISDICTIONS, { name: 'jurisdictions', hasMany: true }), admin: { description: 'Empty: everyone. Otherwise subscribers who follow one of these, or all jurisdictions.' } },
      ],
    },
    { ...selectFrom(CAMPAIGN_STATUSES, { name: 'status', required: true, defaultValue: 'draft', index: true }), admin: { position: 'sidebar' } },
    { name: 'sentAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentCount', type: 'number', admin: { readOnly: true, position: 'sidebar', description: 'Messages handed to the mail server.' } },
    { name: 'failedCount', type: 'number', admin: { readOnly: true, position: 'sidebar' } },
  ],
  hooks: {
    // Its delivery rows go with a campaign (their campaign column cannot be empty).
    beforeDelete: [
      async ({ id, req }) => {
        await req.payload.delete({ collection: 'campaign-deliveries', where: { campaign: { equals: id } }, overrideAccess: true, req })
      },
    ],
    beforeChange: [
      ({ data, originalDoc, req }) => {
        if (req.context[FROM_CAMPAIGN_JOB]) return data
        const from = (originalDoc as { status?: string } | undefined)?.status ?? 'draft'
        if (from !== 'draft') throw new APIError('This campaign is being sent or has been sent: it can no longer be changed.', 400, undefined, true)
        if (data.status === 'sent') throw new APIError('A campaign is marked "Sent" by the sending job, not by hand: set it to "Sending" to send it.', 400, undefined, true)
        // Counters belong to the job.
        return { ...data, sentAt: null, sentCount: null, failedCount: null }
      },
    ],
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        if (req.context[FROM_CAMPAIGN_JOB]) return doc
        if (doc.status === 'sending' && (previousDoc as { status?: string } | undefined)?.status !== 'sending') {
          await req.payload.jobs.queue({ task: 'sendCampaign', input: { campaign: String(doc.id) }, req })
        }
        return doc
      },
    ],
  },
}
