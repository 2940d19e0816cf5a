import type { CollectionConfig } from 'payload'

import { CONTRACT_TYPES } from '@clearinghouse/shared/vocab'

import { publicReadStaffWriteAccess } from '../../access'
import { selectFrom } from '../../fields/selectFrom'
import { slugField } from '../../fields/slugField'
import { urlField } from '../../fields/urlField'

export const Vacancies: CollectionConfig = {
  slug: 'vacancies',
  labels: { singular: 'Vacancy', plural: 'Vacancies' },
  admin: {
    group: 'Notices',
    useAsTitle: 'title',
    defaultColumns: ['title', 'reference', 'deadline', 'contractType'],
    description: 'Open positions. A vacancy drops off the public list after its deadline.',
  },
  defaultSort: '-deadline',
  access: publicReadStaffWriteAccess,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'reference', type: 'text', required: true, maxLength: 60, admin: { width: '25%' } },
        { name: 'location', type: 'text', required: true, maxLength: 120, defaultValue: 'Belgrade, Serbia', admin: { width: '25%' } },
        { ...selectFrom(CONTRACT_TYPES, { name: 'contractType', required: true }), admin: { width: '25%' } },
        { name: 'deadline', type: 'date', required: true, index: true, admin: { width: '25%', date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'description', type: 'richText', required: true },
    urlField('applyUrl', { label: 'How to apply (link)', httpsOnly: true }),
    slugField(),
  ],
}
