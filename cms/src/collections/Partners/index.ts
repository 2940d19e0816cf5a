import type { CollectionConfig } from 'payload'

import { PARTNER_KINDS } from '@clearinghouse/shared/vocab'

import { publicReadStaffWriteAccess } from '../../access'
import { selectFrom } from '../../fields/selectFrom'
import { urlField } from '../../fields/urlField'

export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner or donor', plural: 'Partners and donors' },
  admin: { group: 'Organisation', useAsTitle: 'name', defaultColumns: ['name', 'kind', 'order'] },
  defaultSort: 'order',
  access: publicReadStaffWriteAccess,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160 },
    selectFrom(PARTNER_KINDS, { name: 'kind', required: true, index: true }),
    urlField('url', { label: 'Website', httpsOnly: true }),
    { name: 'logo', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    { name: 'description', type: 'textarea', maxLength: 1000 },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar', step: 1 } },
  ],
}
