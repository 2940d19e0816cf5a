import { placesOf, type Place } from '../places/places'
import { createRandom, type Random } from '../random'
import { AVMP_JURISDICTIONS, type JurisdictionSlug } from '../vocab/jurisdictions'
import {
  INCIDENT_CONTEXTS,
  INCIDENT_SUBCONTEXTS,
  LARGE_SEIZURE_MIN_FIREARMS,
  PERPETRATOR_SEX_SHARES,
  WEAPON_TYPES,
  type IncidentContext,
  type WeaponType,
} from '../vocab/incidents'
import { checkCoordinates } from './validate'
import { isLargeSeizure } from './validate'

type AgeCounts = { ageUnder19: number; age19to35: number; age36to60: number; ageOver60: number; ageNotReported: number }
type SexCounts = { male: number; female: number; sexNotReported: number }

/** One demo incident, in exactly the shape the CMS `incidents` collection stores. */
export interface GeneratedIncident {
  externalId: string
  date: string
  jurisdiction: JurisdictionSlug
  place: string
  latitude: number
  longitude: number
  setting: 'urban' | 'rural'
  placeType: 'home' | 'street' | 'business' | 'vehicle' | 'nature' | 'other'
  context: IncidentContext
  subcontext: (typeof INCIDENT_SUBCONTEXTS)[number]['value'] | null
  weaponType: WeaponType
  possession: 'legal' | 'illegal' | 'unknown'
  victims: { killed: number; injured: number; threatened: number; suicide: number } & SexCounts & AgeCounts
  perpetrators: SexCounts & AgeCounts
  seizure: { firearms: number; ammunition: number; explosives: number }
  largeSeizure: boolean
  description: string
  source: { type: 'media' | 'official'; outlet: string; url: string }
  verified: boolean
}

export interface GenerateOptions {
  count: number
  seed: number
  from: Date
  to: Date
}

/**
 * Mean victims per incident by context and outcome. With the context shares, a year of ~3,500
 * incidents gives about the published 2020 totals: 155 killed, 392 injured, 447 threatened, 66 suicides.
 */
const VICTIM_MEANS: Record<IncidentContext, { killed: number; injured: number; threatened: number; suicide: number }> = {
  'weapon-seizure': { killed: 0, injured: 0, threatened: 0, suicide: 0 },
  criminal: { killed: 0.09, injured: 0.2, threatened: 0.35, suicide: 0 },
  'public-dispute': { killed: 0.06, injured: 0.3, threatened: 0.3, suicide: 0 },
  'domestic-violence': { killed: 0.35, injured: 0.25, threatened: 0.5, suicide: 0.02 },
  'dispute-with-police': { killed: 0.1, injured: 0.3, threatened: 0.3, suicide: 0 },
  accidental: { killed: 0.15, injured: 0.5, threatened: 0, suicide: 0 },
  celebratory: { killed: 0.03, injured: 0.3, threatened: 0, suicide: 0 },
  suicide: { killed: 0, injured: 0, threatened: 0, suicide: 0 },
  undetermined: { killed: 0.1, injured: 0.3, threatened: 0, suicide: 0 },
  other: { killed: 0.02, injured: 0.02, threatened: 0.06, suicide: 0 },
}

const SEIZURE_WEAPONS: Partial<Record<WeaponType, number>> = { multiple: 30, automatic: 20, handgun: 20, 'rifle-shotgun': 10, explosive: 15, pyrotechnic: 5 }
const CELEBRATORY_WEAPONS: Partial<Record<WeaponType, number>> = { handgun: 50, automatic: 40, 'rifle-shotgun': 10 }
const ACCIDENTAL_WEAPONS: Partial<Record<WeaponType, number>> = { 'rifle-shotgun': 60, handgun: 25, explosive: 10, 'air-gun': 5 }

const PLACE_TYPES_BY_CONTEXT: Record<IncidentContext, Partial<Record<GeneratedIncident['placeType'], number>>> = {
  'weapon-seizure': { home: 55, vehicle: 30, business: 10, other: 5 },
  criminal: { street: 40, business: 30, vehicle: 15, home: 15 },
  'public-dispute': { street: 55, business: 25, home: 15, other: 5 },
  'domestic-violence': { home: 95, other: 5 },
  'dispute-with-police': { street: 50, vehicle: 30, home: 20 },
  accidental: { nature: 50, home: 40, other: 10 },
  celebratory: { home: 60, street: 30, business: 10 },
  suicide: { home: 80, nature: 10, other: 10 },
  undetermined: { street: 50, home: 30, other: 20 },
  other: { street: 35, home: 35, other: 30 },
}

/** Invented outlet names per jurisdiction (the demo never cites a real outlet). */
const OUTLETS: Record<string, { media: string[]; official: string }> = {
  albania: { media: ['Lajme Sot', 'Gazeta e Mëngjesit', 'Tirana Daily Report'], official: 'State Police of Albania' },
  'bosnia-and-herzegovina': { media: ['Dnevne Vijesti BH', 'Sarajevski Pregled', 'Krajina Info'], official: 'Ministry of Security, press office' },
  kosovo: { media: ['Lajmi Ditor', 'Prishtina Insight Daily', 'Rrjeti Info'], official: 'Kosovo Police' },
  montenegro: { media: ['Vijesti Dana', 'Primorski Glas', 'Podgorički Pregled'], official: 'Police Directorate of Montenegro' },
  'north-macedonia': { media: ['Dnevnik Plus', 'Vardar Vesti', 'Skopje Report'], official: 'Ministry of Interior of North Macedonia' },
  serbia: { media: ['Dnevni Pregled', 'Vesti Juga', 'Beogradski Kurir', 'Vojvođanski Dnevnik'], official: 'Ministry of Interior of Serbia' },
  moldova: { media: ['Știri Zilnice', 'Observatorul de Nord', 'Chișinău Express'], official: 'General Police Inspectorate of Moldova' },
}

const ISO: Record<string, string> = Object.fromEntries(AVMP_JURISDICTIONS.map((j) => [j.value, j.iso2.toLowerCase()]))

const n = (count: number, one: string, many: string) => `${count === 1 ? 'one' : count} ${count === 1 ? one : many}`

function weaponWords(w: WeaponType): string {
  switch (w) {
    case 'handgun': return 'a handgun'
    case 'rifle-shotgun': return 'a hunting rifle'
    case 'automatic': return 'an automatic rifle'
    case 'explosive': return 'an explosive device'
    case 'pyrotechnic': return 'a pyrotechnic device'
    case 'multiple': return 'several weapons'
    case 'air-gun': return 'an air gun'
    case 'gas-pistol': return 'a gas pistol'
    case 'fake-toy': return 'an imitation firearm'
    case 'unknown': return 'a firearm'
  }
}

function outcomeWords(v: GeneratedIncident['victims']): string {
  const parts: string[] = []
  if (v.killed) parts.push(`${n(v.killed, 'person was', 'people were')} killed`)
  if (v.injured) parts.push(`${n(v.injured, 'person was', 'people were')} injured`)
  if (v.threatened) parts.push(`${n(v.threatened, 'person was', 'people were')} threatened`)
  return parts.length ? parts.join(' and ').replace(/^one/, 'One').replace(/^(\d)/, '$1') : 'Nobody was hurt'
}

function describe(rnd: Random, inc: Omit<GeneratedIncident, 'description' | 'source' | 'verified' | 'externalId'>): string {
  const where = inc.place
  const weapon = weaponWords(inc.weaponType)
  const outcome = outcomeWords(inc.victims)
  const s = inc.seizure
  switch (inc.context) {
    case 'weapon-seizure': {
      const items = [s.firearms ? n(s.firearms, 'firearm', 'firearms') : '', s.ammunition ? `${s.ammunition} rounds of ammunition` : '', s.explosives ? n(s.explosives, 'explosive device', 'explosive devices') : ''].filter(Boolean)
      const what = items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? 'weapons')
      return rnd.pick([
        `Police in ${where} seized ${what} during a search of ${inc.placeType === 'vehicle' ? 'a vehicle' : inc.placeType === 'business' ? 'business premises' : 'a house'}.`,
        `During an operation in the ${where} area, officers found and confiscated ${what}. Criminal charges were filed.`,
        `${what.charAt(0).toUpperCase()}${what.slice(1)} were seized in ${where}; the owner held no licence for them.`,
      ])
    }
    case 'criminal':
      return inc.subcontext === 'armed-robbery'
        ? `An armed robbery of ${rnd.pick(['a shop', 'a petrol station', 'a betting office', 'an exchange office'])} in ${where} was carried out with ${weapon}. ${outcome}.`
        : rnd.pick([
            `Shots were fired from ${weapon} in ${where} in what police describe as a settling of accounts between criminal groups. ${outcome}.`,
            `In ${where}, ${weapon} was used in a criminal attack. ${outcome}.`,
          ])
    case 'public-dispute':
      return rnd.pick([
        `A dispute between neighbours in ${where} escalated and ${weapon} was used. ${outcome}.`,
        `After an argument outside a café in ${where}, a man drew ${weapon}. ${outcome}.`,
        `A traffic dispute in ${where} ended with ${weapon} being fired. ${outcome}.`,
      ])
    case 'domestic-violence':
      return rnd.pick([
        `In a case of domestic violence in ${where}, ${weapon} was used against a family member. ${outcome}.`,
        `Police in ${where} responded to a report of family violence involving ${weapon}. ${outcome}.`,
      ])
    case 'dispute-with-police':
      return `During a police intervention in ${where}, a suspect used ${weapon} against officers. ${outcome}.`
    case 'accidental':
      return inc.subcontext === 'hunting'
        ? `A hunting accident occurred near ${where}: a hunter's shot hit another member of the party. ${outcome}.`
        : inc.subcontext === 'maintenance'
          ? `${weapon.charAt(0).toUpperCase()}${weapon.slice(1)} went off while being cleaned in ${where}. ${outcome}.`
          : `${weapon.charAt(0).toUpperCase()}${weapon.slice(1)} was discharged accidentally in ${where}. ${outcome}.`
    case 'celebratory':
      return rnd.pick([
        `Celebratory shooting at a wedding in ${where}: ${weapon} was fired into the air. ${outcome}.`,
        `Shots were fired to celebrate the New Year in ${where}. ${outcome}.`,
      ])
    case 'suicide':
      return `A person in ${where} took their own life with ${weapon}.`
    case 'undetermined':
      return `Shots were heard in ${where}; the circumstances are being investigated. ${outcome}.`
    case 'other':
      return rnd.pick([
        `Police in ${where} investigated an incident involving ${weapon}. ${outcome}.`,
        `${weapon.charAt(0).toUpperCase()}${weapon.slice(1)} was displayed in a public place in ${where}. ${outcome}.`,
      ])
  }
}

const weightedKey = <K extends string>(rnd: Random, weights: Partial<Record<K, number>>): K =>
  rnd.weighted(Object.entries(weights) as [K, number][], ([, w]) => w)[0]

function splitBySex(rnd: Random, total: number, femaleShare: number): SexCounts {
  let female = 0
  for (let i = 0; i < total; i++) if (rnd.chance(femaleShare)) female++
  return { male: total - female, female, sexNotReported: 0 }
}

const AGE_WEIGHTS = {
  victims: { ageUnder19: 8, age19to35: 35, age36to60: 37, ageOver60: 12, ageNotReported: 8 },
  perpetrators: { ageUnder19: 6, age19to35: 45, age36to60: 35, ageOver60: 6, ageNotReported: 8 },
}

function splitByAge(rnd: Random, total: number, weights: Record<keyof AgeCounts, number>): AgeCounts {
  const out: AgeCounts = { ageUnder19: 0, age19to35: 0, age36to60: 0, ageOver60: 0, ageNotReported: 0 }
  for (let i = 0; i < total; i++) out[weightedKey(rnd, weights)]++
  return out
}

/** Month weights: more incidents in summer, and in December/January (celebrations). */
const MONTH_WEIGHT = [1.1, 0.9, 0.9, 0.95, 1.0, 1.1, 1.2, 1.2, 1.05, 0.95, 0.9, 1.15]
const DAY_MS = 86_400_000

function pickDate(rnd: Random, context: IncidentContext, from: Date, to: Date): Date {
  // Incidents are dated at noon UTC: only days whose noon lies inside [from, to] qualify.
  const NOON = 12 * 3_600_000
  const first = Math.ceil((from.getTime() - NOON) / DAY_MS)
  const last = Math.floor((to.getTime() - NOON) / DAY_MS)
  if (last < first) throw new RangeError('The date range contains no full day.')
  if (context === 'celebratory' && rnd.chance(0.4)) {
    // New Year's Eve or Day of a year inside the range.
    const years: number[] = []
    for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y++) years.push(y)
    const y = rnd.pick(years)
    const day = Math.floor(Date.UTC(y, rnd.chance(0.5) ? 11 : 0, rnd.chance(0.5) ? 31 : 1) / DAY_MS)
    const d = day === Math.floor(Date.UTC(y, 0, 31) / DAY_MS) ? Math.floor(Date.UTC(y, 0, 1) / DAY_MS) : day
    if (d >= first && d <= last) return new Date(d * DAY_MS + 12 * 3_600_000)
  }
  for (;;) {
    const day = rnd.int(first, last)
    const month = new Date(day * DAY_MS).getUTCMonth()
    if (rnd.next() * 1.2 < (MONTH_WEIGHT[month] ?? 1)) return new Date(day * DAY_MS + 12 * 3_600_000)
  }
}

function jitter(rnd: Random, place: Place): { latitude: number; longitude: number } {
  for (let attempt = 0; attempt < 5; attempt++) {
    const latitude = Math.round((place.lat + (rnd.next() - 0.5) * 0.06) * 1e5) / 1e5
    const longitude = Math.round((place.lng + (rnd.next() - 0.5) * 0.06) * 1e5) / 1e5
    if (checkCoordinates(place.jurisdiction, latitude, longitude) === true) return { latitude, longitude }
  }
  return { latitude: place.lat, longitude: place.lng }
}

/**
 * Streams realistic demo incidents: context, weapon, outcome and sex shares follow the monitor's
 * published figures; places are real towns. Same options → same records, in the same order.
 */
export function* incidentStream(opts: GenerateOptions): Generator<GeneratedIncident> {
  const rnd = createRandom(opts.seed)
  const to = new Date(Math.min(opts.to.getTime(), Date.now()))
  const jurisdictions = AVMP_JURISDICTIONS.map((j) => ({ j, places: placesOf(j.value), w: Math.pow(j.population, 0.9) }))
  for (let i = 0; i < opts.count; i++) {
    const { j, places } = rnd.weighted(jurisdictions, (x) => x.w)
    const place = rnd.weighted(places, (pl) => Math.pow(pl.population, 0.7))
    const context = rnd.weighted(INCIDENT_CONTEXTS, (c) => c.share).value
    const subs = INCIDENT_SUBCONTEXTS.filter((s) => s.context === context)
    const subcontext = subs.length && rnd.chance(0.85) ? rnd.pick(subs).value : null
    const weaponType: WeaponType =
      context === 'weapon-seizure' ? weightedKey(rnd, SEIZURE_WEAPONS)
      : context === 'celebratory' ? weightedKey(rnd, CELEBRATORY_WEAPONS)
      : context === 'accidental' ? (subcontext === 'hunting' ? 'rifle-shotgun' : weightedKey(rnd, ACCIDENTAL_WEAPONS))
      : rnd.weighted(WEAPON_TYPES, (w) => w.share).value
    const possession: GeneratedIncident['possession'] =
      context === 'weapon-seizure' ? 'illegal'
      : subcontext === 'hunting' ? (rnd.chance(0.8) ? 'legal' : 'unknown')
      : weightedKey(rnd, { legal: 25, illegal: 45, unknown: 30 })

    const means = VICTIM_MEANS[context]
    const outcomes = {
      killed: rnd.poisson(means.killed),
      injured: rnd.poisson(means.injured),
      threatened: rnd.poisson(means.threatened),
      suicide: context === 'suicide' ? 1 : rnd.poisson(means.suicide),
    }
    const totalVictims = outcomes.killed + outcomes.injured + outcomes.threatened + outcomes.suicide
    const victims = { ...outcomes, ...splitBySex(rnd, totalVictims, context === 'domestic-violence' ? 0.65 : 0.155), ...splitByAge(rnd, totalVictims, AGE_WEIGHTS.victims) }

    const perpetratorCount = context === 'suicide' || context === 'undetermined' ? 0 : 1 + rnd.poisson(context === 'weapon-seizure' ? 0.4 : 0.3)
    const perpetrators = {
      ...splitBySex(rnd, perpetratorCount, PERPETRATOR_SEX_SHARES.female / 100),
      ...splitByAge(rnd, perpetratorCount, AGE_WEIGHTS.perpetrators),
    }

    const large = context === 'weapon-seizure' && rnd.chance(0.3)
    const seizure =
      context === 'weapon-seizure'
        ? {
            firearms: large ? rnd.int(LARGE_SEIZURE_MIN_FIREARMS, 40) : rnd.int(1, LARGE_SEIZURE_MIN_FIREARMS - 1),
            ammunition: rnd.chance(0.6) ? rnd.int(1, 40) * (large ? 100 : 10) : 0,
            explosives: rnd.chance(0.3) ? rnd.int(1, large ? 20 : 3) : 0,
          }
        : { firearms: 0, ammunition: 0, explosives: 0 }

    const date = pickDate(rnd, context, opts.from, to)
    const setting: GeneratedIncident['setting'] = (place.urban ? rnd.chance(0.85) : rnd.chance(0.2)) ? 'urban' : 'rural'
    const placeType = subcontext === 'hunting' ? 'nature' : weightedKey(rnd, PLACE_TYPES_BY_CONTEXT[context])
    const base = {
      date: date.toISOString(),
      jurisdiction: j.value,
      place: place.name,
      ...jitter(rnd, place),
      setting,
      placeType,
      context,
      subcontext,
      weaponType,
      possession,
      victims,
      perpetrators,
      seizure,
      largeSeizure: isLargeSeizure(context, seizure.firearms),
    }
    const seq = String(i + 1).padStart(6, '0')
    const official = rnd.chance(0.3)
    const outlets = OUTLETS[j.value] ?? { media: ['Regional News'], official: 'Police' }
    yield {
      // Independent of the date range, so re-seeding on a later day matches the same records;
      // the DEMO marker keeps demo data easy to find and purge.
      externalId: `AVMP-DEMO-${seq}`,
      ...base,
      description: describe(rnd, base),
      source: {
        type: official ? 'official' : 'media',
        outlet: official ? outlets.official : rnd.pick(outlets.media),
        url: `https://${official ? 'police' : 'news'}.example.org/${ISO[j.value] ?? 'xx'}/${date.toISOString().slice(0, 7).replace('-', '/')}/incident-${seq}`,
      },
      verified: rnd.chance(0.97),
    }
  }
}

/** All of `incidentStream` as an array (tests, small seeds). */
export function generateIncidents(opts: GenerateOptions): GeneratedIncident[] {
  return [...incidentStream(opts)]
}
