import type { CollectionConfig } from 'payload'

import { publicReadStaffWriteAccess } from '../../access'
import { env } from '../../env'
import { uploadResponseHeaders } from '../../security/headers'
import { checkUploadContent } from './hooks/checkUploadContent'

/** Allowed upload types; Payload checks them against the file's content, not its name. */
export const MEDIA_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: {
    group: 'Content',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    description: 'Images (PNG, JPEG, WebP) and PDF documents. SVG and HTML files are refused.',
  },
  access: publicReadStaffWriteAccess,
  hooks: { beforeOperation: [checkUploadContent] },
  upload: {
    staticDir: env.MEDIA_DIR,
    mimeTypes: MEDIA_MIME_TYPES,
    // Server-side fetching of arbitrary URLs is an SSRF risk: editors upload files instead.
    pasteURL: false,
    modifyResponseHeaders: uploadResponseHeaders(MEDIA_MIME_TYPES),
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 450, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text or document title',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'For images: what the image shows, for readers who cannot see it. For PDFs: the document title.' },
    },
    { name: 'caption', type: 'text', maxLength: 500 },
    { name: 'credit', type: 'text', maxLength: 200 },
  ],
}
