import type { CollectionConfig } from 'payload'

import type { PreviewCollection } from '@clearinghouse/shared/publishing'

import { isStaffUser } from '../access/roles'
import { env } from '../env'
import { signPreviewToken } from './previewToken'

/**
 * `admin.preview` for a collection the site shows: the admin's Preview button opens the draft in
 * the site's real templates on the preview server (site/src/preview), with a signed short-lived
 * token. No URL (no button) for anyone but staff.
 */
export function previewUrl(collection: PreviewCollection): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> {
  return (doc, { req }) => {
    if (!isStaffUser(req.user) || doc.id === undefined || doc.id === null) return null
    const id = String(doc.id as string | number)
    const url = new URL(`/preview/${collection}/${encodeURIComponent(id)}/`, env.SITE_PREVIEW_URL)
    url.searchParams.set('token', signPreviewToken(collection, id))
    return url.toString()
  }
}
