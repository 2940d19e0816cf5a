import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access'
import { isAdminUser } from '../../access/roles'
import { AUDIT_OPERATIONS } from '../../publishing/classifyChange'

const nobody = () => false

/**
 * Who created, changed, published, unpublished, deleted or restored what, and when: one entry per
 * write to a tracked collection or global, written by the `recordChange` hooks (never through the
 * API: nobody may create, change or delete an entry, not even an administrator). Entries that
 * readers of the site would notice (`publicChange`) are also the list of "changes since the last
 * build" the publishing runner works from. The full content of each change is in Payload's versions.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    group: 'Administration',
    useAsTitle: 'title',
    defaultColumns: ['at', 'operation', 'collectionSlug', 'title', 'userLabel', 'publicChange'],
    listSearchableFields: ['title', 'userLabel', 'collectionSlug', 'documentId'],
    pagination: { defaultLimit: 50 },
    description: 'Every change to the content and the site settings: who, what and when. Read-only.',
    hidden: ({ user }) => !isAdminUser(user),
  },
  defaultSort: '-at',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm:ss' } } },
    { name: 'operation', type: 'select', required: true, index: true, options: AUDIT_OPERATIONS.map((value) => ({ label: value, value })) },
    { name: 'collectionSlug', label: 'Collection', type: 'text', required: true, index: true, admin: { description: 'Collection slug, or global:<slug> for a global.' } },
    { name: 'documentId', type: 'text', index: true },
    { name: 'title', type: 'text' },
    // Kept as text too: the entry must still say who it was after the account is deleted.
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    { name: 'userLabel', label: 'By', type: 'text', admin: { description: 'E-mail of the account, or "system" (scheduled publishing, scripts).' } },
    { name: 'publicChange', type: 'checkbox', defaultValue: false, index: true, admin: { description: 'Readers of the public site see this change (it triggers a rebuild).' } },
  ],
}
