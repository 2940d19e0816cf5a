import type { CollectionConfig } from 'payload'

import { EU_INSTRUMENTS, LANGUAGES, LAW_KINDS, LAW_STATUSES, LAW_SUBJECTS } from '@clearinghouse/shared/vocab'

import { EDITORIAL_VERSIONS, trashableEditorialAccess } from '../../access'
import { jurisdictionField } from '../../fields/jurisdictionsField'
import { selectFrom } from '../../fields/selectFrom'
import { slugField } from '../../fields/slugField'
import { previewUrl } from '../../publishing/previewUrl'
import { checkEffectiveAfterAdopted, checkNotSelfReference } from './validate'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'd MMM yyyy' } }

export const Laws: CollectionConfig = {
  slug: 'laws',
  labels: { singular: 'Legal act', plural: 'Law compendium' },
  admin: {
    preview: previewUrl('laws'),
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'jurisdiction', 'kind', 'status', 'adoptedDate', '_status'],
    listSearchableFields: ['title', 'originalTitle', 'gazetteReference', 'slug'],
    description: 'The regional arms law compendium: one entry per legal act.',
  },
  defaultSort: '-adoptedDate',
  access: trashableEditorialAccess,
  versions: EDITORIAL_VERSIONS,
  trash: true,
  fields: [
    { name: 'title', label: 'Title (English)', type: 'text', required: true, maxLength: 300 },
    {
      type: 'row',
      fields: [
        { name: 'originalTitle', label: 'Title in the original language', type: 'text', maxLength: 400, admin: { width: '70%' } },
        { ...selectFrom(LANGUAGES, { name: 'originalLanguage' }), admin: { width: '30%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { ...jurisdictionField(), admin: { width: '34%' } },
        { ...selectFrom(LAW_KINDS, { name: 'kind', required: true, index: true }), admin: { width: '33%' } },
        { ...selectFrom(LAW_STATUSES, { name: 'status', required: true, defaultValue: 'in-force', index: true }), admin: { width: '33%' } },
      ],
    },
    { ...selectFrom(LAW_SUBJECTS, { name: 'subjects', hasMany: true, required: true }), admin: { description: 'What the act regulates.' } },
    {
      type: 'row',
      fields: [
        { name: 'gazetteReference', label: 'Official gazette reference', type: 'text', maxLength: 200, admin: { width: '40%', placeholder: 'Official Gazette No. 20/2015' } },
        { name: 'adoptedDate', type: 'date', required: true, index: true, admin: { ...dayOnly, width: '30%' } },
        { name: 'effectiveDate', type: 'date', validate: checkEffectiveAfterAdopted, admin: { ...dayOnly, width: '30%', description: 'When it entered into force.' } },
      ],
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'provisions',
      label: 'Key provisions',
      type: 'array',
      labels: { singular: 'Provision', plural: 'Provisions' },
      admin: { description: 'Shown side by side: English and the original language.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'reference', type: 'text', required: true, maxLength: 60, admin: { width: '30%', placeholder: 'Article 12' } },
            { name: 'heading', type: 'text', maxLength: 200, admin: { width: '70%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'textEnglish', label: 'English', type: 'textarea', required: true, admin: { width: '50%' } },
            { name: 'textOriginal', label: 'Original language', type: 'textarea', admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Amendments and replacements',
      fields: [
        {
          name: 'amends',
          label: 'This act amends',
          type: 'relationship',
          relationTo: 'laws',
          hasMany: true,
          validate: checkNotSelfReference,
        },
        {
          name: 'replaces',
          label: 'This act replaces',
          type: 'relationship',
          relationTo: 'laws',
          hasMany: true,
          validate: checkNotSelfReference,
        },
        { name: 'amendedBy', label: 'Amended by', type: 'join', collection: 'laws', on: 'amends', defaultSort: 'adoptedDate', admin: { allowCreate: false } },
        { name: 'replacedBy', label: 'Replaced by', type: 'join', collection: 'laws', on: 'replaces', admin: { allowCreate: false } },
      ],
    },
    slugField(),
    { ...selectFrom(EU_INSTRUMENTS, { name: 'euInstruments', label: 'EU instruments transposed', hasMany: true }), admin: { position: 'sidebar' } },
    { name: 'originalFile', label: 'Original text (PDF)', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { equals: 'application/pdf' } }, admin: { position: 'sidebar' } },
    { name: 'englishFile', label: 'English translation (PDF)', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { equals: 'application/pdf' } }, admin: { position: 'sidebar' } },
  ],
}
