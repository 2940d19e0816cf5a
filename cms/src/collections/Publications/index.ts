import type { CollectionConfig } from 'payload'

import { LANGUAGES, PUBLICATION_THEMES, PUBLICATION_TYPES } from '@clearinghouse/shared/vocab'

import { SCHEDULED_EDITORIAL_VERSIONS, trashableEditorialAccess } from '../../access'
import { jurisdictionsField } from '../../fields/jurisdictionsField'
import { selectFrom } from '../../fields/selectFrom'
import { slugField } from '../../fields/slugField'
import { previewUrl } from '../../publishing/previewUrl'

export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: 'Publication', plural: 'Publications' },
  admin: {
    preview: previewUrl('publications'),
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'type', 'theme', '_status'],
    listSearchableFields: ['title', 'summary', 'slug'],
    description: 'Reports, studies, briefs, toolkits and standards, each with one or more PDF files.',
  },
  defaultSort: '-date',
  access: trashableEditorialAccess,
  versions: SCHEDULED_EDITORIAL_VERSIONS,
  trash: true,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 250 },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, width: '33%' } },
        { ...selectFrom(PUBLICATION_TYPES, { name: 'type', required: true, index: true }), admin: { width: '33%' } },
        { ...selectFrom(PUBLICATION_THEMES, { name: 'theme', required: true, index: true }), admin: { width: '33%' } },
      ],
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 1000 },
    {
      name: 'files',
      label: 'Files',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'File', plural: 'Files' },
      admin: { description: 'One PDF per language version.', initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'file', type: 'upload', relationTo: 'media', required: true, filterOptions: { mimeType: { equals: 'application/pdf' } }, admin: { width: '50%' } },
            { ...selectFrom(LANGUAGES, { name: 'language', required: true, defaultValue: 'en' }), admin: { width: '25%' } },
            { name: 'label', type: 'text', maxLength: 120, admin: { width: '25%', placeholder: 'e.g. Full report' } },
          ],
        },
      ],
    },
    { name: 'cover', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    { name: 'body', label: 'Description', type: 'richText' },
    slugField(),
    jurisdictionsField({ admin: { position: 'sidebar' } }),
    { ...selectFrom(LANGUAGES, { name: 'languages', hasMany: true }), admin: { position: 'sidebar', description: 'Languages the publication is available in.' } },
  ],
}
