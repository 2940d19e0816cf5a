import type { CollectionConfig } from 'payload'

import { PARTNER_KINDS } from '@clearinghouse/shared/vocab'

import { anyone, isStaff } from '../../access'
import { selectFrom } from '../../fields/selectFrom'

export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner or donor', plural: 'Partners and donors' },
  admin: { group: 'Organisation', useAsTitle: 'name', defaultColumns: ['name', 'kind', 'order'] },
  defaultSort: 'order',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160 },
    selectFrom(PARTNER_KINDS, { name: 'kind', required: true, index: true }),
    { name: 'url', label: 'Website', type: 'text', maxLength: 300, validate: (v: string | null | undefined) => (!v || /^https:\/\/\S+$/.test(v) ? true : 'The website must start with https://.') },
    { name: 'logo', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    { name: 'description', type: 'textarea', maxLength: 1000 },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar', step: 1 } },
  ],
}
