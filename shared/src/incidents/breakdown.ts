import type { VictimOutcome } from '../vocab/incidents'

/** Field names of the victim/perpetrator count groups, shared by the CMS schema, seed and data files. */
export const OUTCOME_FIELDS = ['killed', 'injured', 'threatened', 'suicide'] as const satisfies readonly VictimOutcome[]
export const SEX_FIELDS = { male: 'male', female: 'female', 'not-reported': 'sexNotReported' } as const
export const AGE_FIELDS = {
  'under-19': 'ageUnder19',
  '19-35': 'age19to35',
  '36-60': 'age36to60',
  'over-60': 'ageOver60',
  'not-reported': 'ageNotReported',
} as const
export const SEIZURE_FIELDS = ['firearms', 'ammunition', 'explosives'] as const

export type SexField = (typeof SEX_FIELDS)[keyof typeof SEX_FIELDS]
export type AgeField = (typeof AGE_FIELDS)[keyof typeof AGE_FIELDS]
export type OutcomeField = (typeof OUTCOME_FIELDS)[number]

type Counts<K extends string> = { [P in K]?: number | null }
export type VictimCounts = Counts<OutcomeField | SexField | AgeField>
export type PerpetratorCounts = Counts<SexField | AgeField>

const sum = (counts: Counts<string>, keys: readonly string[]): number =>
  keys.reduce((total, k) => total + (counts[k] ?? 0), 0)

export const victimTotal = (v: VictimCounts): number => sum(v, OUTCOME_FIELDS)
export const sexTotal = (c: Counts<SexField>): number => sum(c, Object.values(SEX_FIELDS))
export const ageTotal = (c: Counts<AgeField>): number => sum(c, Object.values(AGE_FIELDS))
