import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export interface TestCms {
  payload: Payload
  dir: string
  close: () => Promise<void>
}

/**
 * A real Payload on a fresh temporary SQLite file. The environment is set before the config is
 * imported (it is read once, at import), and each test file runs in its own process.
 */
export async function startTestCms(name: string): Promise<TestCms> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-${name}-`))
  process.env.DATABASE_URI = `file:${path.join(dir, 'db.sqlite')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.MAIL_DIR = path.join(dir, 'mail')
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config, key: name })
  return {
    payload,
    dir,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
