import type { Incident } from '../payload-types'
import { AGE_FIELDS, OUTCOME_FIELDS, SEIZURE_FIELDS, SEX_FIELDS } from './breakdown'

type Whole<T> = { [K in keyof T]-?: NonNullable<T[K]> }

/**
 * One incident with every field present and normalised (counts as numbers, empty as null, texts
 * trimmed, the date as its UTC day): what the spreadsheet import compares, writes and exports.
 */
export interface IncidentRecord extends Pick<Incident, 'jurisdiction' | 'place' | 'latitude' | 'longitude' | 'setting' | 'placeType' | 'context' | 'weaponType' | 'possession' | 'description'> {
  externalId: string
  /** UTC day, `YYYY-MM-DD`. */
  date: string
  subcontext: NonNullable<Incident['subcontext']> | null
  victims: Whole<NonNullable<Incident['victims']>>
  perpetrators: Whole<NonNullable<Incident['perpetrators']>>
  seizure: Whole<NonNullable<Incident['seizure']>>
  source: { type: Incident['source']['type']; outlet: string; url: string | null }
  verified: boolean
}

/** Longest texts the incidents collection accepts. */
export const INCIDENT_TEXT_MAX = { externalId: 64, place: 120, description: 1000, outlet: 120 } as const

/** What an optional field holds when nothing is given: the collection's defaults, and the importer's. */
export const INCIDENT_DEFAULTS = { placeType: 'other', possession: 'unknown', sourceType: 'media', verified: false, count: 0 } as const

/** Stored time of an incident given as a day: noon UTC, as the admin's day picker stores it. */
export const dateOfDay = (day: string): string => `${day}T12:00:00.000Z`

/** Texts compare and store trimmed, with Unix line breaks (spreadsheets write CRLF). */
export const normaliseText = (text: string): string => text.replace(/\r\n?/g, '\n').trim()

type CountGroup = Record<string, number | null | undefined> | null | undefined
const counts = <K extends string>(group: CountGroup, keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, group?.[k] ?? INCIDENT_DEFAULTS.count])) as Record<K, number>

const SEX_KEYS = Object.values(SEX_FIELDS)
const AGE_KEYS = Object.values(AGE_FIELDS)

/** An incident as stored, or about to be (a generated demo incident has no id or timestamps yet). */
export type IncidentData = Omit<Incident, 'id' | 'createdAt' | 'updatedAt'>

/**
 * The record of a stored incident (a Payload document at depth 0).
 * @example incidentRecordOf(await payload.findByID({ collection: 'incidents', id })).date // '2025-05-10'
 */
export function incidentRecordOf(doc: IncidentData): IncidentRecord {
  return {
    externalId: doc.externalId ?? '',
    date: new Date(doc.date).toISOString().slice(0, 10),
    jurisdiction: doc.jurisdiction,
    place: normaliseText(doc.place),
    latitude: doc.latitude,
    longitude: doc.longitude,
    setting: doc.setting,
    placeType: doc.placeType,
    context: doc.context,
    subcontext: doc.subcontext ?? null,
    weaponType: doc.weaponType,
    possession: doc.possession,
    victims: counts(doc.victims, [...OUTCOME_FIELDS, ...SEX_KEYS, ...AGE_KEYS]),
    perpetrators: counts(doc.perpetrators, [...SEX_KEYS, ...AGE_KEYS]),
    seizure: counts(doc.seizure, SEIZURE_FIELDS),
    description: normaliseText(doc.description),
    source: { type: doc.source.type, outlet: normaliseText(doc.source.outlet), url: doc.source.url ? doc.source.url.trim() : null },
    verified: doc.verified ?? INCIDENT_DEFAULTS.verified,
  }
}
