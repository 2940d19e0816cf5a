import type { CollectionConfig } from 'payload'

import { DELIVERY_STATUSES } from '@clearinghouse/shared/vocab'

import { isAdmin } from '../../access'
import { selectFrom } from '../../fields/selectFrom'

const nobody = () => false

/**
 * One row per campaign and subscriber, written only by the sending job. The unique
 * (campaign, subscriber) index is what makes a restarted or repeated job skip everyone already
 * handled: a row is created ("sending") before the message goes out, so a crash mid-send means at
 * most one missing message, never a duplicate. Links subscribers, so administrators only.
 */
export const CampaignDeliveries: CollectionConfig = {
  slug: 'campaign-deliveries',
  labels: { singular: 'Campaign delivery', plural: 'Campaign deliveries' },
  admin: {
    group: 'Newsletter',
    defaultColumns: ['campaign', 'subscriber', 'status', 'sentAt'],
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  indexes: [{ fields: ['campaign', 'subscriber'], unique: true }],
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, index: true },
    // Deleting a subscriber leaves the row without an address (SQLite sets the column to null).
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers' },
    selectFrom(DELIVERY_STATUSES, { name: 'status', required: true, index: true }),
    { name: 'sentAt', type: 'date' },
    { name: 'error', type: 'text', maxLength: 500 },
  ],
}
