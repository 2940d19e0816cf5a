import type { CollectionConfig } from 'payload'

import { PROCUREMENT_KINDS } from '@clearinghouse/shared/vocab'

import { publicReadStaffWriteAccess } from '../../access'
import { selectFrom } from '../../fields/selectFrom'
import { slugField } from '../../fields/slugField'

export const ProcurementNotices: CollectionConfig = {
  slug: 'procurement-notices',
  labels: { singular: 'Procurement notice', plural: 'Procurement notices' },
  admin: {
    group: 'Notices',
    useAsTitle: 'title',
    defaultColumns: ['title', 'reference', 'kind', 'deadline'],
    description: 'Tenders and calls. A notice drops off the public list after its deadline.',
  },
  defaultSort: '-deadline',
  access: publicReadStaffWriteAccess,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'reference', type: 'text', required: true, maxLength: 60, admin: { width: '33%' } },
        { ...selectFrom(PROCUREMENT_KINDS, { name: 'kind', required: true }), admin: { width: '33%' } },
        { name: 'deadline', type: 'date', required: true, index: true, admin: { width: '34%', date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'description', type: 'richText', required: true },
    { name: 'documents', type: 'upload', relationTo: 'media', hasMany: true, filterOptions: { mimeType: { equals: 'application/pdf' } } },
    { name: 'contactEmail', type: 'email' },
    slugField(),
  ],
}
