import { beforeAll, describe, expect, it } from 'vitest'

import { allowedOrigins } from '../../src/security/origins'

/**
 * The `cors` and `csrf` lists come from CMS_URL and SITE_URL: they must never be empty (Payload
 * then accepts the session cookie from any site) and never `*` (any site may read API answers).
 */
let parseEnv: typeof import('../../src/env').parseEnv

beforeAll(async () => {
  // env.ts reads the process environment once at import; a secret avoids writing a local one.
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-0123456789abcdef'
  parseEnv = (await import('../../src/env')).parseEnv
})

/** The lists the CMS would run with, from these variables. */
const listsFrom = (vars: Record<string, string | undefined>) => allowedOrigins(parseEnv(vars))

describe('CORS/CSRF origins', () => {
  it('without CMS_URL and SITE_URL: the local defaults, never empty', () => {
    expect(listsFrom({})).toEqual(['http://localhost:3000', 'http://localhost:4321'])
    // `KEY=` in an .env file means "not set".
    expect(listsFrom({ CMS_URL: '', SITE_URL: '' })).toEqual(['http://localhost:3000', 'http://localhost:4321'])
  })

  it('origins only: paths and trailing slashes dropped, duplicates merged', () => {
    expect(listsFrom({ CMS_URL: 'https://cms.example.org/admin', SITE_URL: 'https://example.org/en/, https://www.example.org,https://example.org' })).toEqual([
      'https://cms.example.org',
      'https://example.org',
      'https://www.example.org',
    ])
  })

  it.each([
    ['SITE_URL', '*'],
    ['SITE_URL', 'https://example.org,*'],
    ['SITE_URL', 'https://*.example.org'],
    ['SITE_URL', ' , ,'],
    ['SITE_URL', 'example.org'],
    ['SITE_URL', 'file:///srv/site'],
    ['SITE_URL', 'javascript:alert(1)'],
    ['CMS_URL', '*'],
    ['CMS_URL', 'ftp://cms.example.org'],
  ])('refuses %s=%s at start-up, naming the variable', (name, value) => {
    expect(() => listsFrom({ [name]: value })).toThrow(new RegExp(`Invalid CMS environment:[\\s\\S]*${name}`))
  })

  it('the builder itself refuses origin-less URLs, should a caller skip the env checks', () => {
    expect(() => allowedOrigins({ CMS_URL: 'http://localhost:3000', SITE_URL: ['file:///srv/site'] })).toThrow(/refused: null/)
  })

})
