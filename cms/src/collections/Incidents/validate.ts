import type { NumberFieldSingleValidation, SelectFieldSingleValidation } from 'payload'

import { checkCoordinates, checkPerpetratorBreakdown, checkVictimBreakdown, subcontextProblem, type PerpetratorCounts, type VictimCounts } from '@clearinghouse/shared/incidents'

interface IncidentSiblings {
  jurisdiction?: string | null
  latitude?: number | null
  longitude?: number | null
  context?: string | null
}

// Coordinates are checked as a pair (inside the region and the jurisdiction); the message is
// attached to the latitude so the editor sees it once.
export const checkLatitude: NumberFieldSingleValidation = (value, { siblingData }) => {
  const s = siblingData as IncidentSiblings
  if (value === null || value === undefined) return 'Latitude is required.'
  if (value < -90 || value > 90) return 'Latitude must be between -90 and 90.'
  if (s.longitude === null || s.longitude === undefined) return true
  return checkCoordinates(s.jurisdiction, value, s.longitude)
}

export const checkLongitude: NumberFieldSingleValidation = (value) => {
  if (value === null || value === undefined) return 'Longitude is required.'
  if (value < -180 || value > 180) return 'Longitude must be between -180 and 180.'
  return true
}

export const checkSubcontext: SelectFieldSingleValidation = (value, { siblingData }) =>
  subcontextProblem(value, (siblingData as IncidentSiblings).context) ?? true

// Group validators receive the group's object (Payload types it as unknown).
export const checkVictims = (value: unknown) => checkVictimBreakdown((value ?? {}) as VictimCounts)
export const checkPerpetrators = (value: unknown) => checkPerpetratorBreakdown((value ?? {}) as PerpetratorCounts)
