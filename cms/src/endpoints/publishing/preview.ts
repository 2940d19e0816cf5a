import type { PayloadHandler } from 'payload'

import { PREVIEW_COLLECTIONS, type PreviewCollection } from '@clearinghouse/shared/publishing'

import { checkPreviewToken } from '../../publishing/previewToken'
import { json } from './auth'

const isPreviewCollection = (s: string): s is PreviewCollection => (PREVIEW_COLLECTIONS as readonly string[]).includes(s)

/**
 * GET /api/publishing/preview/:collection/:id?token=… — the latest draft of one document, for the
 * preview server, in exchange for a preview link's token (publishing/previewToken.ts). Depth 0,
 * like the site build's own reads, so the site's templates get the shape they always get.
 */
export const previewDraft: PayloadHandler = async (req) => {
  const collection = String(req.routeParams?.collection ?? '')
  const id = String(req.routeParams?.id ?? '')
  const token = new URL(req.url ?? '', 'http://x').searchParams.get('token') ?? ''
  if (!isPreviewCollection(collection)) return json({ errors: [{ message: `No preview for "${collection}".` }] }, 404)
  if (!token) return json({ errors: [{ message: 'A preview link (with its token) is needed.' }] }, 401)
  const check = checkPreviewToken(token, collection, id)
  if (check !== 'valid') return json({ errors: [{ message: check === 'expired' ? 'This preview link has expired: press Preview again in the admin.' : 'This preview link is not valid.' }] }, 403)
  const doc = await req.payload.findByID({ collection, id: /^\d+$/.test(id) ? Number(id) : id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc) return json({ errors: [{ message: 'This document no longer exists.' }] }, 404)
  return Response.json(doc, { headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } })
}
