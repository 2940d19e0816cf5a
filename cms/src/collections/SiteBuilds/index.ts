import type { CollectionConfig } from 'payload'

import { isStaff } from '../../access'
import { isAdminUser } from '../../access/roles'

const nobody = () => false

export const BUILD_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const
export type BuildStatus = (typeof BUILD_STATUSES)[number]
export const BUILD_TRIGGERS = ['changes', 'manual', 'startup'] as const
export type BuildTrigger = (typeof BUILD_TRIGGERS)[number]
export const BUILD_MODES = ['build', 'deploy-hook'] as const
export type BuildMode = (typeof BUILD_MODES)[number]

/**
 * One row per rebuild of the public site: requested ("Rebuild now"), claimed by the publishing
 * runner (scripts/publish/runner.ts), then succeeded or failed with the tail of its log. Written
 * only by the publishing endpoints (src/endpoints/publishing); staff read it, nobody edits it.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Site build', plural: 'Site builds' },
  admin: {
    group: 'Administration',
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'trigger', 'changes', 'durationMs', 'mode'],
    description: 'Rebuilds of the public site. The dashboard shows the latest and what changed since.',
    hidden: ({ user }) => !isAdminUser(user),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'status', type: 'select', required: true, index: true, options: BUILD_STATUSES.map((value) => ({ label: value, value })) },
    { name: 'trigger', type: 'select', required: true, options: BUILD_TRIGGERS.map((value) => ({ label: value, value })) },
    { name: 'mode', type: 'select', options: BUILD_MODES.map((value) => ({ label: value, value })) },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users' },
    { name: 'startedAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number' },
    {
      name: 'changesUntil',
      type: 'date',
      index: true,
      admin: { description: 'Changes recorded up to this moment are in this build.', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'changes', type: 'number', admin: { description: 'Changes readers will see that this build picked up.' } },
    { name: 'release', type: 'text', admin: { description: 'The release folder (build mode) or the deploy hook’s answer.' } },
    { name: 'log', type: 'textarea', admin: { description: 'The end of the build output.' } },
  ],
}
