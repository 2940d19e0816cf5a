import type { CollectionSlug } from 'payload'

import { USER_ROLES, type UserRole } from '@clearinghouse/shared/vocab'

/** Every role the CMS knows, plus nobody signed in. */
export type Role = 'anonymous' | UserRole
export const ROLES: readonly Role[] = ['anonymous', ...USER_ROLES.map((r) => r.value)]

/**
 * The access matrix, written once (README "Access", SECURITY.md "Accounts and access"): which role
 * may do what in each collection. Letters: c = create, r = read, u = update, d = delete,
 * v = read the version history. Reads of documents the public may see (published, verified) are
 * what "r" means here; drafts, unverified incidents and other people's accounts are never "r" for
 * those who may not see them. `access.int.test.ts` and `access-matrix.int.test.ts` both check it.
 */
export const MATRIX: Record<string, Record<Role, string>> = {
  news: { anonymous: 'r', editor: 'crudv', admin: 'crudv' },
  publications: { anonymous: 'r', editor: 'crudv', admin: 'crudv' },
  laws: { anonymous: 'r', editor: 'crudv', admin: 'crudv' },
  pages: { anonymous: 'r', editor: 'crudv', admin: 'crudv' },
  media: { anonymous: 'r', editor: 'crud', admin: 'crud' },
  incidents: { anonymous: 'r', editor: 'crud', admin: 'crud' },
  'team-members': { anonymous: 'r', editor: 'crud', admin: 'crud' },
  partners: { anonymous: 'r', editor: 'crud', admin: 'crud' },
  vacancies: { anonymous: 'r', editor: 'crud', admin: 'crud' },
  'procurement-notices': { anonymous: 'r', editor: 'crud', admin: 'crud' },
  subscribers: { anonymous: '', editor: '', admin: 'crud' },
  // Newsletter campaigns are written by staff; their deliveries only by the sending job.
  campaigns: { anonymous: '', editor: 'crud', admin: 'crud' },
  'campaign-deliveries': { anonymous: '', editor: '', admin: 'rd' },
  // Other people's accounts; an editor's own account is tested separately.
  users: { anonymous: '', editor: '', admin: 'crud' },
  // Written only by hooks and the publishing endpoints: nobody edits the record of what happened.
  'audit-log': { anonymous: '', editor: '', admin: 'r' },
  'site-builds': { anonymous: '', editor: 'r', admin: 'r' },
}

/** The global: everyone reads the site settings, only administrators change them. */
export const GLOBAL_MATRIX: Record<string, Record<Role, string>> = {
  'site-settings': { anonymous: 'r', editor: 'r', admin: 'ru' },
}

export const CRUD_OPS = { create: 'c', read: 'r', update: 'u', delete: 'd' } as const
export type CrudOp = keyof typeof CRUD_OPS

export const may = (collection: string, role: Role, letter: string): boolean => {
  const row = MATRIX[collection]
  if (!row) throw new Error(`${collection} is missing from the access matrix`)
  return row[role].includes(letter)
}

/** Every operation the API offers on a collection, whether it exists there, and who may do it. */
export type Operation =
  | 'find'
  | 'findByID'
  | 'count'
  | 'create'
  | 'update'
  | 'delete'
  | 'findVersions'
  | 'findVersionByID'
  | 'restoreVersion'
  | 'findTrashed'
  | 'trash'
  | 'restoreFromTrash'

export interface CollectionFeatures {
  versions: boolean
  trash: boolean
}

/**
 * The expected outcome of each operation, derived from the letters above and Payload's rules:
 * restoring a version is an update of the document (and needs the history to find the version);
 * moving to the trash is an update that needs delete rights too; taking a document out of the
 * trash is an update; a trashed document is a deleted one, so only those who may delete see the
 * trash. Operations a collection does not have are absent.
 */
export function expectedOutcomes(collection: CollectionSlug, role: Role, features: CollectionFeatures): Partial<Record<Operation, boolean>> {
  const can = (letter: string) => may(collection, role, letter)
  const outcomes: Partial<Record<Operation, boolean>> = {
    find: can('r'),
    findByID: can('r'),
    count: can('r'),
    create: can('c'),
    update: can('u'),
    delete: can('d'),
  }
  if (features.versions) {
    outcomes.findVersions = can('v')
    outcomes.findVersionByID = can('v')
    outcomes.restoreVersion = can('v') && can('u')
  }
  if (features.trash) {
    outcomes.findTrashed = can('d')
    outcomes.trash = can('u') && can('d')
    outcomes.restoreFromTrash = can('u') && can('d')
  }
  return outcomes
}
