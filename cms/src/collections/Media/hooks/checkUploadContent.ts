import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import fs from 'node:fs/promises'

import { explainRejectedUpload, safeUploadName } from './sniffFileType'

/**
 * Refuses uploads whose content is not an allowed type, before Payload stores anything, and
 * replaces the sent file name by a safe one (`safeUploadName`), which Payload then stores.
 * Payload's own check runs too; this one gives editors a specific, actionable message.
 */
export const checkUploadContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  // Payload's multipart parser cuts names at 255 characters, extension and all: say so plainly.
  if (file.name.length >= 255) {
    throw new ValidationError({ collection: 'media', errors: [{ message: 'The file name is longer than 254 characters. Shorten it and upload the file again.', path: 'file' }] })
  }
  file.name = safeUploadName(file.name)
  const data = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : Buffer.alloc(0)
  const problem = explainRejectedUpload(file.name, data)
  if (problem) {
    throw new ValidationError({ collection: 'media', errors: [{ message: problem, path: 'file' }] })
  }
  return args
}
