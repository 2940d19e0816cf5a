import type { FieldHook, TextField } from 'payload'

import { slugify, uniqueSlug } from '@clearinghouse/shared/slug'

/**
 * A URL slug generated from `fromField` when left empty, made unique within the collection.
 * Editors may type their own; it is normalised the same way.
 */
export function slugField(fromField = 'title'): TextField {
  const formatSlug: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    const source = typeof value === 'string' && value.trim() ? value : (data?.[fromField] ?? originalDoc?.[fromField])
    if (typeof source !== 'string' || !source.trim()) return value
    const base = slugify(source)
    if (!collection) return base
    const ownId = originalDoc?.id ?? data?.id
    const taken = new Set<string>()
    const clash = await req.payload.find({
      collection: collection.slug as 'news',
      where: { slug: { like: base } },
      limit: 100,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      trash: true,
      req,
      select: { slug: true },
    })
    for (const doc of clash.docs) {
      if (doc.id !== ownId && typeof doc.slug === 'string') taken.add(doc.slug)
    }
    return uniqueSlug(base, (s) => taken.has(s))
  }
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: 'The address of the page. Leave empty to make it from the title.',
    },
    hooks: { beforeValidate: [formatSlug] },
  }
}
