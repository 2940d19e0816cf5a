import type { CollectionConfig } from 'payload'

import { NEWS_TOPICS } from '@clearinghouse/shared/vocab'

import { SCHEDULED_EDITORIAL_VERSIONS, trashableEditorialAccess } from '../../access'
import { jurisdictionsField } from '../../fields/jurisdictionsField'
import { selectFrom } from '../../fields/selectFrom'
import { slugField } from '../../fields/slugField'
import { previewUrl } from '../../publishing/previewUrl'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'News item', plural: 'News' },
  admin: {
    preview: previewUrl('news'),
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'topic', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
    description: 'News items. The home page shows the latest four published ones.',
  },
  defaultSort: '-date',
  access: trashableEditorialAccess,
  versions: SCHEDULED_EDITORIAL_VERSIONS,
  trash: true,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', required: true, index: true, defaultValue: () => new Date().toISOString(), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, width: '50%' } },
        { ...selectFrom(NEWS_TOPICS, { name: 'topic', required: true, index: true }), admin: { width: '50%' } },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'One or two sentences shown on cards and in search results (at most 300 characters).' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    { name: 'body', type: 'richText', required: true },
    slugField(),
    jurisdictionsField({ admin: { position: 'sidebar' } }),
    {
      name: 'relatedPublications',
      type: 'relationship',
      relationTo: 'publications',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
  ],
}
