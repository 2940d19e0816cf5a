import type { Term } from './term'

/** Latitude/longitude box, degrees (WGS 84). */
export interface BoundingBox {
  readonly minLat: number
  readonly maxLat: number
  readonly minLng: number
  readonly maxLng: number
}

export interface Jurisdiction extends Term {
  /** ISO 3166-1 alpha-2 (XK is the code in common use for Kosovo*). */
  readonly iso2: string
  /** Covered by the Armed Violence Monitoring Platform (the seven incident-monitor jurisdictions). */
  readonly avmp: boolean
  /** Resident population used for per-100,000 rates, with the year of the count or estimate. */
  readonly population: number
  readonly populationYear: number
  /** A generous box around the territory: catches swapped or mistyped coordinates. */
  readonly bbox: BoundingBox
  /** Whether the Kosovo footnote must accompany the name. */
  readonly footnote?: boolean
}

export const KOSOVO_FOOTNOTE =
  '*References to Kosovo shall be understood to be in the context of Security Council Resolution 1244 (1999).'

export const MAP_DISCLAIMER =
  'The boundaries and names shown and the designations used on this map do not imply any opinion on the legal status of any territory or on the delimitation of its frontiers.'

export const JURISDICTIONS = [
  { value: 'albania', label: 'Albania', iso2: 'AL', avmp: true, population: 2_402_113, populationYear: 2023, bbox: { minLat: 39.6, maxLat: 42.7, minLng: 19.2, maxLng: 21.1 } },
  { value: 'bosnia-and-herzegovina', label: 'Bosnia and Herzegovina', iso2: 'BA', avmp: true, population: 3_434_000, populationYear: 2023, bbox: { minLat: 42.5, maxLat: 45.3, minLng: 15.7, maxLng: 19.7 } },
  { value: 'kosovo', label: 'Kosovo*', iso2: 'XK', avmp: true, population: 1_585_566, populationYear: 2024, bbox: { minLat: 41.8, maxLat: 43.3, minLng: 20.0, maxLng: 21.8 }, footnote: true },
  { value: 'montenegro', label: 'Montenegro', iso2: 'ME', avmp: true, population: 623_633, populationYear: 2023, bbox: { minLat: 41.8, maxLat: 43.6, minLng: 18.4, maxLng: 20.4 } },
  { value: 'north-macedonia', label: 'North Macedonia', iso2: 'MK', avmp: true, population: 1_836_713, populationYear: 2021, bbox: { minLat: 40.8, maxLat: 42.4, minLng: 20.4, maxLng: 23.1 } },
  { value: 'serbia', label: 'Serbia', iso2: 'RS', avmp: true, population: 6_647_003, populationYear: 2022, bbox: { minLat: 42.2, maxLat: 46.2, minLng: 18.8, maxLng: 23.1 } },
  { value: 'moldova', label: 'Republic of Moldova', iso2: 'MD', avmp: true, population: 2_423_300, populationYear: 2024, bbox: { minLat: 45.4, maxLat: 48.5, minLng: 26.6, maxLng: 30.2 } },
  { value: 'ukraine', label: 'Ukraine', iso2: 'UA', avmp: false, population: 33_200_000, populationYear: 2024, bbox: { minLat: 44.3, maxLat: 52.4, minLng: 22.1, maxLng: 40.3 } },
  { value: 'belarus', label: 'Belarus', iso2: 'BY', avmp: false, population: 9_155_978, populationYear: 2019, bbox: { minLat: 51.2, maxLat: 56.2, minLng: 23.1, maxLng: 32.8 } },
] as const satisfies readonly Jurisdiction[]

export type JurisdictionSlug = (typeof JURISDICTIONS)[number]['value']

/** The seven jurisdictions the incident monitor covers. */
export const AVMP_JURISDICTIONS = JURISDICTIONS.filter((j) => j.avmp)

/** The whole programme area: every incident coordinate must fall inside it. */
export const REGION_BBOX: BoundingBox = {
  minLat: Math.min(...JURISDICTIONS.map((j) => j.bbox.minLat)),
  maxLat: Math.max(...JURISDICTIONS.map((j) => j.bbox.maxLat)),
  minLng: Math.min(...JURISDICTIONS.map((j) => j.bbox.minLng)),
  maxLng: Math.max(...JURISDICTIONS.map((j) => j.bbox.maxLng)),
}

export function jurisdictionBySlug(slug: string): Jurisdiction | undefined {
  return JURISDICTIONS.find((j) => j.value === slug)
}

export function isInsideBox(box: BoundingBox, lat: number, lng: number): boolean {
  return lat >= box.minLat && lat <= box.maxLat && lng >= box.minLng && lng <= box.maxLng
}
