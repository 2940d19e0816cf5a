import type { Term } from './term'

/** A vocabulary term with its share (percent) in the published figures; drives realistic demo data. */
export interface WeightedTerm extends Term {
  readonly share: number
}

/**
 * Incident contexts. Shares follow the monitor's published 2020 figures; "accidental / hunting /
 * celebratory" (4.9%) is split between its two contexts, and suicide and undetermined shootings
 * are carved out of "other/unknown" (18%).
 */
export const INCIDENT_CONTEXTS = [
  { value: 'weapon-seizure', label: 'Weapon seizure', share: 42.8 },
  { value: 'criminal', label: 'Criminal context', share: 18.4 },
  { value: 'public-dispute', label: 'Public dispute', share: 11.6 },
  { value: 'domestic-violence', label: 'Domestic violence', share: 2.8 },
  { value: 'dispute-with-police', label: 'Dispute with police', share: 1.5 },
  { value: 'accidental', label: 'Accidental shooting', share: 3.0 },
  { value: 'celebratory', label: 'Celebratory shooting', share: 1.9 },
  { value: 'suicide', label: 'Suicide', share: 1.85 },
  { value: 'undetermined', label: 'Undetermined shooting', share: 1.8 },
  { value: 'other', label: 'Other / unknown', share: 14.35 },
] as const satisfies readonly WeightedTerm[]

export type IncidentContext = (typeof INCIDENT_CONTEXTS)[number]['value']

/** Finer detail within a context; each belongs to one context. */
export const INCIDENT_SUBCONTEXTS = [
  { value: 'organised-crime', label: 'Organised crime', context: 'criminal' },
  { value: 'armed-robbery', label: 'Armed robbery', context: 'criminal' },
  { value: 'other-crime', label: 'Other criminal act', context: 'criminal' },
  { value: 'hunting', label: 'Hunting accident', context: 'accidental' },
  { value: 'maintenance', label: 'Weapon cleaning or maintenance', context: 'accidental' },
  { value: 'malfunction', label: 'Weapon malfunction', context: 'accidental' },
  { value: 'ricochet', label: 'Ricochet or stray bullet', context: 'accidental' },
] as const satisfies readonly (Term & { context: IncidentContext })[]

/** A seizure of at least this many firearms counts as a large seizure. */
export const LARGE_SEIZURE_MIN_FIREARMS = 5

export const WEAPON_TYPES = [
  { value: 'handgun', label: 'Handgun', share: 35 },
  { value: 'rifle-shotgun', label: 'Rifle / shotgun', share: 17 },
  { value: 'automatic', label: 'Automatic / military grade', share: 8 },
  { value: 'explosive', label: 'Explosive device', share: 10 },
  { value: 'pyrotechnic', label: 'Pyrotechnic device', share: 3 },
  { value: 'multiple', label: 'Multiple types of SALW', share: 7 },
  { value: 'air-gun', label: 'Air gun', share: 2 },
  { value: 'gas-pistol', label: 'Gas pistol', share: 4 },
  { value: 'fake-toy', label: 'Fake / toy weapon', share: 1 },
  { value: 'unknown', label: 'Unknown', share: 13 },
] as const satisfies readonly WeightedTerm[]

export type WeaponType = (typeof WEAPON_TYPES)[number]['value']

export const POSSESSION = [
  { value: 'legal', label: 'Legally held' },
  { value: 'illegal', label: 'Illegally held' },
  { value: 'unknown', label: 'Not known' },
] as const satisfies readonly Term[]

/**
 * Victim outcomes with the monitor's published 2020 totals (155 killed, 392 injured,
 * 447 threatened, 66 suicides) as shares of all victims.
 */
export const VICTIM_OUTCOMES = [
  { value: 'killed', label: 'Killed', share: 155 / 10.6 },
  { value: 'injured', label: 'Injured', share: 392 / 10.6 },
  { value: 'threatened', label: 'Threatened', share: 447 / 10.6 },
  { value: 'suicide', label: 'Committed suicide', share: 66 / 10.6 },
] as const satisfies readonly WeightedTerm[]

export type VictimOutcome = (typeof VICTIM_OUTCOMES)[number]['value']

export const SEXES = [
  { value: 'male', label: 'Male' },
  { value: 'female', label: 'Female' },
  { value: 'not-reported', label: 'Not reported' },
] as const satisfies readonly Term[]

/** Published shares: victims 80% men, 20% women; perpetrators 98% men. */
export const VICTIM_SEX_SHARES = { male: 80, female: 20 } as const
export const PERPETRATOR_SEX_SHARES = { male: 98, female: 2 } as const

export const AGE_GROUPS = [
  { value: 'under-19', label: '18 or younger' },
  { value: '19-35', label: '19–35' },
  { value: '36-60', label: '36–60' },
  { value: 'over-60', label: 'Over 60' },
  { value: 'not-reported', label: 'Not reported' },
] as const satisfies readonly Term[]

export const SETTINGS = [
  { value: 'urban', label: 'Urban' },
  { value: 'rural', label: 'Rural' },
] as const satisfies readonly Term[]

export const PLACE_TYPES = [
  { value: 'home', label: 'Home / yard' },
  { value: 'street', label: 'Street / public space' },
  { value: 'business', label: 'Business premises' },
  { value: 'vehicle', label: 'Vehicle' },
  { value: 'nature', label: 'Nature / hunting ground' },
  { value: 'other', label: 'Other' },
] as const satisfies readonly Term[]

export const SOURCE_TYPES = [
  { value: 'media', label: 'Media report' },
  { value: 'official', label: 'Official report' },
] as const satisfies readonly Term[]

/** The data collection started in 2014: no incident can predate it. */
export const MONITORING_START = '2014-01-01'
