import type { CollectionConfig } from 'payload'

import { publicReadStaffWriteAccess } from '../../access'

export const TeamMembers: CollectionConfig = {
  slug: 'team-members',
  labels: { singular: 'Team member', plural: 'Team' },
  admin: { group: 'Organisation', useAsTitle: 'name', defaultColumns: ['name', 'position', 'order'] },
  defaultSort: 'order',
  access: publicReadStaffWriteAccess,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'position', type: 'text', required: true, maxLength: 160 },
    { name: 'bio', type: 'textarea', maxLength: 1500 },
    { name: 'photo', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar', step: 1 } },
  ],
}
