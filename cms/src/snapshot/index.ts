/**
 * Exports the published content, as an anonymous reader sees it (Local API, `overrideAccess: false`,
 * no user), to a snapshot folder the site can be built from without a running CMS.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  PUBLIC_COLLECTIONS,
  SNAPSHOT_CONTENT_FILE,
  SNAPSHOT_FORMAT,
  SNAPSHOT_MEDIA_DIR,
  type ContentSnapshot,
  type PublicCollection,
} from '@clearinghouse/shared/snapshot'

import { createProgress, type Progress } from '../seed/progress'

export interface SnapshotOptions {
  out: string
  /** Folder the media collection's files are stored in (the Media collection's staticDir). */
  mediaDir: string
  /** Skip incidents (a content-only snapshot is a fraction of the size). */
  withoutIncidents?: boolean
  progress?: Progress
}

export interface SnapshotSummary {
  out: string
  counts: Record<PublicCollection, number>
  mediaFiles: number
  bytes: number
  ms: number
}

const PAGE = 500

async function findAllAnonymous<S extends PublicCollection>(payload: Payload, collection: S, progress: Progress) {
  const first = await payload.find({ collection, depth: 0, limit: PAGE, page: 1, overrideAccess: false, draft: false })
  const phase = progress.phase(collection, first.totalDocs)
  const docs = [...first.docs]
  phase.tick(first.docs.length)
  for (let page = 2; page <= first.totalPages; page++) {
    const next = await payload.find({ collection, depth: 0, limit: PAGE, page, overrideAccess: false, draft: false })
    docs.push(...next.docs)
    phase.tick(next.docs.length)
  }
  phase.done()
  return docs
}

export async function exportSnapshot(payload: Payload, options: SnapshotOptions): Promise<SnapshotSummary> {
  const started = Date.now()
  const progress = options.progress ?? createProgress()
  const out = path.resolve(options.out)
  await fs.mkdir(path.join(out, SNAPSHOT_MEDIA_DIR), { recursive: true })

  const collections = {} as ContentSnapshot['collections']
  const counts = {} as Record<PublicCollection, number>
  for (const collection of PUBLIC_COLLECTIONS) {
    const docs = collection === 'incidents' && options.withoutIncidents ? [] : await findAllAnonymous(payload, collection, progress)
    ;(collections as Record<string, unknown>)[collection] = docs
    counts[collection] = docs.length
  }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
  const snapshot: ContentSnapshot = {
    format: SNAPSHOT_FORMAT,
    generatedAt: new Date().toISOString(),
    collections,
    globals: { 'site-settings': settings },
  }

  const files = collections.media.map((m) => m.filename).filter((f): f is string => Boolean(f))
  const copy = progress.phase('media files', files.length)
  for (const filename of files) {
    const name = path.basename(filename)
    await fs.copyFile(path.join(options.mediaDir, name), path.join(out, SNAPSHOT_MEDIA_DIR, name))
    copy.tick()
  }
  copy.done()

  const json = JSON.stringify(snapshot)
  await fs.writeFile(path.join(out, SNAPSHOT_CONTENT_FILE), json)
  return { out, counts, mediaFiles: files.length, bytes: Buffer.byteLength(json), ms: Date.now() - started }
}
