import type { CollectionConfig } from 'payload'

import { JURISDICTIONS, NEWSLETTER_LISTS, SUBSCRIBER_STATUSES } from '@clearinghouse/shared/vocab'

import { isAdmin } from '../../access'
import { selectFrom } from '../../fields/selectFrom'

/**
 * Newsletter subscribers: personal data. Only administrators can read or change them; the
 * public signs up through the newsletter endpoint, never through this collection's API.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: 'Subscriber', plural: 'Subscribers' },
  admin: {
    group: 'Administration',
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'lists', 'confirmedAt', 'createdAt'],
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
    description: 'Personal data: visible to administrators only. Deleting a subscriber removes the address for good.',
    components: { beforeList: ['/components/admin/SubscriberCounts#SubscriberCounts'] },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin, readVersions: isAdmin },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    { ...selectFrom(SUBSCRIBER_STATUSES, { name: 'status', required: true, defaultValue: 'pending', index: true }), admin: { position: 'sidebar' } },
    selectFrom(NEWSLETTER_LISTS, { name: 'lists', hasMany: true, defaultValue: ['news'] }),
    { ...selectFrom(JURISDICTIONS, { name: 'jurisdictions', hasMany: true }), admin: { description: 'Empty means all.' } },
    {
      name: 'consent',
      type: 'group',
      admin: { description: 'The record of consent (kept as proof; never edited by hand).' },
      fields: [
        { name: 'textVersion', type: 'text', maxLength: 40, admin: { readOnly: true } },
        { name: 'givenAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'sourcePage', type: 'text', maxLength: 300, admin: { readOnly: true } },
      ],
    },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    // Tokens are stored only as SHA-256 hashes and never leave the server.
    { name: 'confirmTokenHash', type: 'text', hidden: true, index: true },
    { name: 'confirmTokenExpiresAt', type: 'date', hidden: true },
    { name: 'manageTokenHash', type: 'text', hidden: true, index: true },
  ],
}
