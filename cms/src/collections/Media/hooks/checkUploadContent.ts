import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import fs from 'node:fs/promises'

import { explainRejectedUpload } from './sniffFileType'

/**
 * Refuses uploads whose content is not an allowed type, before Payload stores anything.
 * Payload's own check runs too; this one gives editors a specific, actionable message.
 */
export const checkUploadContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const data = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : Buffer.alloc(0)
  const problem = explainRejectedUpload(file.name, data)
  if (problem) {
    throw new ValidationError({ collection: 'media', errors: [{ message: problem, path: 'file' }] })
  }
  return args
}
