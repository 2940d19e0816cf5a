import type { Payload, TypedUser } from 'payload'

import { incidentRecordOf, type IncidentRecord } from '@clearinghouse/shared/incidents'
import type { Incident } from '@clearinghouse/shared/payload-types'

import { IMPORT_CONTEXT } from './importIncidents'

/**
 * Every incident (not the trash) as records, by day and then incident ID: a stable order, so
 * exporting twice gives the same file and an export diffed against an edited copy shows the edits.
 */
export async function loadIncidentRecords(payload: Payload, user?: TypedUser | null): Promise<IncidentRecord[]> {
  const { docs } = await payload.find({
    collection: 'incidents',
    depth: 0,
    pagination: false,
    overrideAccess: !user,
    ...(user ? { user } : {}),
    context: IMPORT_CONTEXT,
  })
  // Typed by the generated schema in the app; spelled out for projects without that augmentation (tests).
  return (docs as Incident[]).map(incidentRecordOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0))
}
