import { randomBytes } from 'node:crypto'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Incident } from '@clearinghouse/shared/payload-types'
import { isLargeSeizure, subcontextProblem } from '@clearinghouse/shared/incidents'

/**
 * Keeps derived fields honest whatever the client sends: the large-seizure flag follows the
 * seizure count, seizure counts are cleared for other contexts, and a stable ID is assigned.
 */
export const deriveIncidentFields: CollectionBeforeChangeHook<Incident> = ({ data, originalDoc }) => {
  const context = data.context ?? originalDoc?.context
  // The field is hidden (and so not validated by Payload) for contexts without sub-contexts:
  // check it here so an API client cannot store a contradiction either.
  const subcontext = data.subcontext === undefined ? originalDoc?.subcontext : data.subcontext
  const problem = subcontextProblem(subcontext, context)
  if (problem) throw new ValidationError({ collection: 'incidents', errors: [{ message: problem, path: 'subcontext' }] })
  const seizure = context === 'weapon-seizure' ? (data.seizure ?? originalDoc?.seizure) : { firearms: 0, ammunition: 0, explosives: 0 }
  const date = data.date ?? originalDoc?.date
  const externalId =
    data.externalId || originalDoc?.externalId || `AVMP-${(date ?? new Date().toISOString()).slice(0, 4)}-${randomBytes(4).toString('hex').toUpperCase()}`
  return {
    ...data,
    seizure,
    externalId,
    largeSeizure: isLargeSeizure(context, seizure?.firearms),
  }
}
