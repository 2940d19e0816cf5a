import type { Payload } from 'payload'

import type { Subscriber } from '@clearinghouse/shared/payload-types'

import { manageTokenId, verifyManageToken } from './tokens'

/** The subscriber a manage link belongs to, or undefined for any malformed, forged or revoked token. */
export async function subscriberByManageToken(payload: Payload, token: string | null): Promise<Subscriber | undefined> {
  if (!token || token.length > 80) return undefined
  const id = manageTokenId(token)
  if (id === undefined) return undefined
  const doc = (await payload.find({ collection: 'subscribers', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })).docs[0] as Subscriber | undefined
  return doc && verifyManageToken(token, doc.id, doc.manageTokenHash) ? doc : undefined
}
