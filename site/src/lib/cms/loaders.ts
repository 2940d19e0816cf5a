/**
 * Astro content-layer loaders over the content source: one per CMS collection, plus the site
 * settings and the incident monitor's monthly counts. All loaders share one source per build.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Loader, LoaderContext } from 'astro/loaders'
import type { PublicCollection } from '@clearinghouse/shared/snapshot'

import { env } from '../../env'
import { MEDIA_FIELDS, type MediaItem } from './fields'
import { openContentSource, type ContentSource, type FindAllOptions } from './source'

const SITE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
/** Downloaded images, imported by `image()` relative to the media entries' `filePath`. */
export const IMAGE_CACHE_DIR = path.join(SITE_ROOT, '.cms-cache', 'images')
const IMAGE_ENTRY_FILE = '.cms-cache/images/media.json'
/** Downloaded documents (PDFs) are published as they are under /files/. */
export const FILES_DIR = path.join(SITE_ROOT, 'public', 'files')

let sourcePromise: Promise<ContentSource> | undefined
/** The build's one content source (opened, and checked, on first use). */
export function contentSource(): Promise<ContentSource> {
  sourcePromise ??= openContentSource({
    cmsUrl: env.CMS_URL,
    snapshotDir: env.CMS_SNAPSHOT,
    timeoutSeconds: env.CMS_TIMEOUT_SECONDS,
    empty: env.EMPTY_CONTENT !== undefined,
  })
  return sourcePromise
}

async function replaceAll(context: LoaderContext, entries: { id: string; data: Record<string, unknown>; filePath?: string }[]) {
  const { store, parseData, generateDigest } = context
  store.clear()
  for (const entry of entries) {
    const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.filePath })
    store.set({ id: entry.id, data, digest: generateDigest(entry.data), filePath: entry.filePath })
  }
}

/** Loads every published document of a collection (depth 0, only `select`ed fields), keyed by ID. */
export function payloadLoader(collection: PublicCollection, options: FindAllOptions = {}): Loader {
  return {
    name: `payload-${collection}`,
    async load(context) {
      const source = await contentSource()
      const docs = await source.findAll(collection, options)
      context.logger.info(`${docs.length} ${collection} from ${source.description}`)
      await replaceAll(
        context,
        docs.map((doc) => ({ id: String(doc.id), data: doc as unknown as Record<string, unknown> })),
      )
    },
  }
}

async function sameSize(file: string, size: number | null | undefined): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => null)
  return stat !== null && (size === null || size === undefined || stat.size === size)
}

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/**
 * Media: images are downloaded next to a virtual entry file so Astro's `image()` schema turns them
 * into optimisable assets; documents are copied to `public/files/`. Files already present with the
 * same size are not fetched again, which keeps rebuilds fast.
 */
export function mediaLoader(): Loader {
  return {
    name: 'payload-media',
    async load(context) {
      const source = await contentSource()
      const docs = (await source.findAll('media', { select: MEDIA_FIELDS })) as MediaItem[]
      await fs.mkdir(IMAGE_CACHE_DIR, { recursive: true })
      await fs.mkdir(FILES_DIR, { recursive: true })
      let fetched = 0
      const entries = []
      for (const doc of docs) {
        if (!doc.filename) continue
        const filename = path.basename(doc.filename)
        const isImage = IMAGE_TYPES.has(doc.mimeType ?? '')
        const target = path.join(isImage ? IMAGE_CACHE_DIR : FILES_DIR, filename)
        if (!(await sameSize(target, doc.filesize))) {
          await fs.writeFile(target, await source.readMediaFile(doc))
          fetched++
        }
        entries.push({
          id: String(doc.id),
          data: {
            ...doc,
            id: String(doc.id),
            image: isImage ? filename : undefined,
            href: isImage ? undefined : `/files/${encodeURIComponent(filename)}`,
          },
          filePath: IMAGE_ENTRY_FILE,
        })
      }
      context.logger.info(`${docs.length} media (${fetched} files fetched) from ${source.description}`)
      await replaceAll(context, entries)
    },
  }
}

export function siteSettingsLoader(): Loader {
  return {
    name: 'payload-site-settings',
    async load(context) {
      const source = await contentSource()
      if (env.EMPTY_CONTENT) return
      const settings = await source.findGlobal('site-settings')
      await replaceAll(context, [{ id: 'site-settings', data: settings as unknown as Record<string, unknown> }])
    },
  }
}
