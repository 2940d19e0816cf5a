import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

const CONTEXT_KEY = 'passwordChangedFor'

/**
 * A new password ends every session of the account, the one that changed it included. Payload
 * keeps the changing session alive, but a stolen cookie *is* that session: an editor who changes
 * their password after a theft must lock the thief out, so they sign in again afterwards.
 * (A reset by e-mail link already ends every session in Payload itself.)
 */
export const notePasswordChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, context }) => {
  if (operation === 'update' && typeof data.password === 'string' && data.password !== '' && originalDoc) {
    context[CONTEXT_KEY] = String((originalDoc as { id: number | string }).id)
  }
  return data
}

export const endSessionsOnPasswordChange: CollectionAfterChangeHook = async ({ doc, context, req, collection }) => {
  const id = (doc as { id: number | string }).id
  if (context[CONTEXT_KEY] !== String(id)) return doc
  delete context[CONTEXT_KEY]
  await req.payload.db.updateOne({ collection: collection.slug, id, data: { sessions: [] }, req, returning: false })
  return doc
}
