/**
 * The monitor's data files, made once per build from the verified incidents: a binary columnar
 * core file (decoded in the browser in milliseconds) and the descriptions and sources split by
 * year, loaded only when the list or a popup needs them. Names carry a content hash, so they can
 * be cached forever; `/avmp/data/latest.json` says which files are current.
 */
import { createHash } from 'node:crypto'

import {
  AVMP_DETAILS_SELECT,
  AVMP_SELECT,
  decodeIncidents,
  encodeDetailsByYear,
  encodeIncidents,
  FORMAT_VERSION,
  isoOfDay,
  type AvmpData,
  type AvmpDetailSource,
  type AvmpSourceIncident,
} from '@clearinghouse/shared/avmp'

import { contentSource } from '../cms/loaders'

export interface DataFile {
  /** File name under /avmp/data/. */
  name: string
  body: Uint8Array | string
  contentType: string
}

export interface AvmpDataFiles {
  count: number
  core: DataFile
  details: (DataFile & { year: number; firstRow: number; rows: number })[]
  /** The decoded core file, for pages rendered at build time. */
  data: AvmpData
  /** Day of the latest incident (ISO date), or null without data. */
  latest: string | null
}

const hashOf = (body: Uint8Array | string): string => createHash('sha256').update(body).digest('hex').slice(0, 12)

let cached: Promise<AvmpDataFiles> | undefined

/** Reads every verified incident (anonymous access sees no others) and encodes the files once per build. */
export function getAvmpDataFiles(): Promise<AvmpDataFiles> {
  cached ??= (async () => {
    const source = await contentSource()
    const fields = Object.keys({ ...AVMP_SELECT, ...AVMP_DETAILS_SELECT })
    // The select above asks for exactly the fields of these two shapes.
    const docs = (await source.findAll('incidents', { select: fields, pageSize: 1000 })) as unknown as (AvmpSourceIncident &
      AvmpDetailSource)[]
    const coreBytes = encodeIncidents(docs)
    const core: DataFile = { name: `incidents.${hashOf(coreBytes)}.avmp`, body: coreBytes, contentType: 'application/octet-stream' }
    const details = encodeDetailsByYear(docs).map((chunk) => ({
      name: `details-${chunk.year}.${hashOf(chunk.text)}.json`,
      body: chunk.text,
      contentType: 'application/json',
      year: chunk.year,
      firstRow: chunk.firstRow,
      rows: chunk.rows,
    }))
    const data = decodeIncidents(coreBytes)
    const lastDay = data.length > 0 ? data.day[data.length - 1] : undefined
    const latest = lastDay === undefined ? null : isoOfDay(lastDay)
    return { count: docs.length, core, details, data, latest }
  })()
  return cached
}

/** The manifest at /avmp/data/latest.json: the stable entry point of the open-data files. */
export function manifestOf(files: AvmpDataFiles, generatedAt: Date, release?: { id: string; fingerprint: string }) {
  return {
    format: 'avmp-manifest',
    version: 1,
    coreFormatVersion: FORMAT_VERSION,
    generatedAt: generatedAt.toISOString(),
    incidents: files.count,
    latestIncident: files.latest,
    core: `/avmp/data/${files.core.name}`,
    details: files.details.map((d) => ({ year: d.year, firstRow: d.firstRow, rows: d.rows, url: `/avmp/data/${d.name}` })),
    ...(release ? { release: { id: release.id, fingerprint: release.fingerprint, index: '/avmp/data/releases/index.json' } } : {}),
  }
}
