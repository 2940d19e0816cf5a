import type { Law } from '../payload-types'
import { EU_INSTRUMENTS, JURISDICTIONS, labelOf, LAW_KINDS, LAW_STATUSES } from '../vocab'
import type { ValueOf } from '../vocab/term'
import { languageTag } from '../vocab/languageTag'

/**
 * schema.org LegalForceStatus for each status. "In force, amended" is PartiallyInForce: the act
 * applies, but some of its original wording no longer does.
 */
export const LEGAL_FORCE: Record<ValueOf<typeof LAW_STATUSES>, string> = {
  'in-force': 'https://schema.org/InForce',
  amended: 'https://schema.org/PartiallyInForce',
  repealed: 'https://schema.org/NoLongerInForce',
}

export interface LinkedAct {
  title: string
  url: string
}

export interface LegislationFile {
  url: string
  mimeType?: string | null
  /** BCP 47 tag of the file's language. */
  inLanguage: string
}

export interface LegislationJsonLdInput {
  law: Pick<
    Law,
    'title' | 'originalTitle' | 'originalLanguage' | 'gazetteReference' | 'adoptedDate' | 'jurisdiction' | 'kind' | 'status' | 'summary' | 'euInstruments' | 'provisions'
  >
  /** Absolute URL of the act's page. */
  url: string
  /** Acts this one amends or replaces. */
  changes: readonly LinkedAct[]
  files: readonly LegislationFile[]
}

const day = (iso: string | null | undefined): string | undefined => (iso ? iso.slice(0, 10) : undefined)

/**
 * schema.org `Legislation` for an act's page. `legislationChanges` names the acts it amends or
 * replaces (schema.org has no inverse, so "amended by" is stated on the amending act only);
 * `legislationTransposes` names the EU instruments; the files are its `encoding`s.
 */
export function legislationJsonLd({ law, url, changes, files }: LegislationJsonLdInput): Record<string, unknown> {
  const sample = law.originalTitle || law.provisions?.find((p) => p.textOriginal)?.textOriginal || ''
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name: law.title,
    ...(law.originalTitle ? { alternateName: law.originalTitle } : {}),
    description: law.summary,
    ...(law.gazetteReference ? { legislationIdentifier: law.gazetteReference } : {}),
    legislationDate: day(law.adoptedDate),
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: labelOf(JURISDICTIONS, law.jurisdiction) },
    legislationLegalForce: LEGAL_FORCE[law.status],
    legislationType: labelOf(LAW_KINDS, law.kind),
    inLanguage: languageTag(law.originalLanguage, sample),
  }
  if (changes.length) data.legislationChanges = changes.map((c) => ({ '@type': 'Legislation', name: c.title, url: c.url }))
  const eu = law.euInstruments ?? []
  if (eu.length) data.legislationTransposes = eu.map((value) => ({ '@type': 'Legislation', name: labelOf(EU_INSTRUMENTS, value) }))
  if (files.length) {
    data.encoding = files.map((f) => ({
      '@type': 'MediaObject',
      contentUrl: f.url,
      inLanguage: f.inLanguage,
      ...(f.mimeType ? { encodingFormat: f.mimeType } : {}),
    }))
  }
  return data
}
