import { afterEach, describe, expect, it, vi } from 'vitest'

/** Loads the CMS config afresh under the given DATABASE_URI (env.ts reads it at import). */
async function configFor(uri: string) {
  vi.resetModules()
  process.env.DATABASE_URI = uri
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production-0123456789'
  const { default: config } = await import('../../src/payload.config')
  return config
}

const saved = process.env.DATABASE_URI
afterEach(() => {
  process.env.DATABASE_URI = saved
})

describe.each([
  { uri: 'file:./data/test-adapter.db', adapter: 'sqlite', idType: 'number' },
  { uri: 'mongodb://127.0.0.1:27017/clearinghouse', adapter: 'mongoose', idType: 'text' },
  { uri: 'mongodb+srv://cluster.example.org/clearinghouse', adapter: 'mongoose', idType: 'text' },
])('DATABASE_URI=$uri', ({ uri, adapter, idType }) => {
  it(`selects the ${adapter} adapter (ids: ${idType})`, async () => {
    const config = await configFor(uri)
    expect(config.db.name).toBe(adapter)
    expect(config.db.defaultIDType).toBe(idType)
  })
})

it('refuses to start in production without PAYLOAD_SECRET', async () => {
  vi.resetModules()
  // Next's types make NODE_ENV read-only; the test needs to flip it.
  const mutableEnv = process.env as Record<string, string | undefined>
  const env = { NODE_ENV: mutableEnv.NODE_ENV, PAYLOAD_SECRET: mutableEnv.PAYLOAD_SECRET }
  mutableEnv.NODE_ENV = 'production'
  delete process.env.PAYLOAD_SECRET
  try {
    await expect(import('../../src/env')).rejects.toThrow(/PAYLOAD_SECRET is required in production/)
  } finally {
    mutableEnv.NODE_ENV = env.NODE_ENV
    mutableEnv.PAYLOAD_SECRET = env.PAYLOAD_SECRET
  }
})

it('names the variable and the problem when a value is invalid', async () => {
  vi.resetModules()
  process.env.CMS_URL = 'not a url'
  try {
    await expect(import('../../src/env')).rejects.toThrow(/CMS_URL/)
  } finally {
    delete process.env.CMS_URL
  }
})
