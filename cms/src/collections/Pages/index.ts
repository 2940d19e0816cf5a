import type { CollectionConfig } from 'payload'

import { PAGE_SECTIONS } from '@clearinghouse/shared/vocab'

import { EDITORIAL_VERSIONS, editorialAccess } from '../../access'
import { selectFrom } from '../../fields/selectFrom'
import { slugField } from '../../fields/slugField'
import { previewUrl } from '../../publishing/previewUrl'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: {
    preview: previewUrl('pages'),
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
    description: 'Standing pages: who we are, the pillars, contact, policies.',
  },
  defaultSort: 'navOrder',
  access: editorialAccess,
  versions: EDITORIAL_VERSIONS,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', maxLength: 300, admin: { description: 'Shown under the title and in search results.' } },
    { name: 'body', type: 'richText', required: true },
    slugField(),
    { ...selectFrom(PAGE_SECTIONS, { name: 'section', required: true, index: true }), admin: { position: 'sidebar' } },
    { name: 'navOrder', label: 'Order in menu', type: 'number', defaultValue: 100, admin: { position: 'sidebar', step: 1 } },
  ],
}
