import type { Payload } from 'payload'

import { SEED_CONTEXT } from './context'

type Id = number | string

export interface MediaInput {
  /** Stable file name; seed names always end in a word (…--hero.jpg) so Payload's "-1" renames are recognisable. */
  filename: string
  alt: string
  caption?: string
  credit?: string
  mimetype: 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf'
  /** Built only when the file does not exist yet (image rendering is the slow part). */
  build: () => Buffer | Promise<Buffer>
}

/** Payload saves `name-1.ext` when `name.ext` is already on disk; both stand for the same seed file. */
const canonical = (filename: string): string => filename.replace(/-\d+(\.[a-z0-9]+)$/i, '$1')

/**
 * Finds or uploads seed media by file name, so re-running the seed reuses files instead of
 * uploading duplicates.
 */
export class MediaLibrary {
  private byName: Map<string, Id> | undefined
  created = 0
  existing = 0

  constructor(private readonly payload: Payload) {}

  private async index(): Promise<Map<string, Id>> {
    if (this.byName) return this.byName
    const { docs } = await this.payload.find({
      collection: 'media',
      pagination: false,
      depth: 0,
      select: { filename: true },
      context: SEED_CONTEXT,
    })
    this.byName = new Map()
    for (const doc of docs) if (typeof doc.filename === 'string') this.byName.set(canonical(doc.filename), doc.id)
    return this.byName
  }

  async ensure(input: MediaInput): Promise<Id> {
    const index = await this.index()
    const found = index.get(input.filename)
    if (found !== undefined) {
      this.existing++
      return found
    }
    const data = await input.build()
    const doc = await this.payload.create({
      collection: 'media',
      data: {
        alt: input.alt,
        ...(input.caption ? { caption: input.caption } : {}),
        ...(input.credit ? { credit: input.credit } : {}),
      },
      file: { data, mimetype: input.mimetype, name: input.filename, size: data.length },
      depth: 0,
      context: SEED_CONTEXT,
    })
    index.set(input.filename, doc.id)
    this.created++
    return doc.id
  }
}
