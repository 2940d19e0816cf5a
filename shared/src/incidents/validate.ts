import { isInsideBox, jurisdictionBySlug, REGION_BBOX } from '../vocab/jurisdictions'
import { INCIDENT_SUBCONTEXTS, LARGE_SEIZURE_MIN_FIREARMS, MONITORING_START } from '../vocab/incidents'
import { ageTotal, sexTotal, victimTotal, type PerpetratorCounts, type VictimCounts } from './breakdown'

/** `true` when valid, otherwise the message an editor reads (Payload's validate convention). */
export type Check = true | string

/** Coordinates must lie in the region, and in (a box around) the incident's jurisdiction. */
export function checkCoordinates(jurisdiction: string | null | undefined, lat: number, lng: number): Check {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return 'Latitude and longitude must be numbers.'
  if (!isInsideBox(REGION_BBOX, lat, lng)) {
    return `The point ${lat.toFixed(4)}, ${lng.toFixed(4)} lies outside the region (latitude ${REGION_BBOX.minLat}–${REGION_BBOX.maxLat}, longitude ${REGION_BBOX.minLng}–${REGION_BBOX.maxLng}). Are latitude and longitude swapped?`
  }
  const j = jurisdiction ? jurisdictionBySlug(jurisdiction) : undefined
  if (j && !isInsideBox(j.bbox, lat, lng)) {
    return `The point ${lat.toFixed(4)}, ${lng.toFixed(4)} is not in ${j.label}. Check the coordinates or the jurisdiction.`
  }
  return true
}

/**
 * Incident dates: not before monitoring began (2014) and not on a later (UTC) day than today. Days,
 * not instants: the admin's day picker and the importer store noon UTC, which is still ahead of
 * the clock on the morning of the day itself.
 */
export function checkIncidentDate(value: string | Date | null | undefined, now: Date = new Date()): Check {
  if (value === null || value === undefined || value === '') return 'The date of the incident is required.'
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return 'The date is not a valid date.'
  const endOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)
  if (date.getTime() >= endOfToday) return 'The date of an incident cannot be in the future.'
  if (date.getTime() < new Date(`${MONITORING_START}T00:00:00Z`).getTime()) {
    return `Incidents are recorded from ${MONITORING_START.slice(0, 4)} onwards.`
  }
  return true
}

/** A count is a whole number ≥ 0 (empty means 0). */
export function checkCount(value: unknown): Check {
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    return 'Counts must be whole numbers, zero or more.'
  }
  return true
}

/** Victims broken down by sex or by age must add up to the victims counted by outcome. */
export function checkVictimBreakdown(v: VictimCounts): Check {
  const total = victimTotal(v)
  const bySex = sexTotal(v)
  const byAge = ageTotal(v)
  if (bySex !== 0 && bySex !== total) {
    return `Victims by sex add up to ${bySex}, but victims by outcome add up to ${total}.`
  }
  if (byAge !== 0 && byAge !== total) {
    return `Victims by age group add up to ${byAge}, but victims by outcome add up to ${total}.`
  }
  return true
}

/** Perpetrators by age must add up to perpetrators by sex when both are given. */
export function checkPerpetratorBreakdown(p: PerpetratorCounts): Check {
  const bySex = sexTotal(p)
  const byAge = ageTotal(p)
  if (bySex !== 0 && byAge !== 0 && bySex !== byAge) {
    return `Perpetrators by age group add up to ${byAge}, but perpetrators by sex add up to ${bySex}.`
  }
  return true
}

/** Why a sub-context cannot go with a context, or `undefined` when it can. */
export function subcontextProblem(subcontext: string | null | undefined, context: string | null | undefined): string | undefined {
  if (!subcontext) return undefined
  const term = INCIDENT_SUBCONTEXTS.find((t) => t.value === subcontext)
  return term && term.context === context ? undefined : `“${term?.label ?? subcontext}” does not belong to the chosen context.`
}

/** A seizure of five or more firearms is a large seizure. */
export function isLargeSeizure(context: string | null | undefined, firearms: number | null | undefined): boolean {
  return context === 'weapon-seizure' && (firearms ?? 0) >= LARGE_SEIZURE_MIN_FIREARMS
}
