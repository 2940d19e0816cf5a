import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SITE, startNewsletterCms, type NewsletterCms } from '../helpers/newsletterHarness'

/**
 * A CMS whose public address is https (as in production, behind TLS): the session cookie is
 * `Secure`, so a browser never sends it over plain http. Its own process, since the environment
 * is read once; requests still reach Payload's REST routing over real (local) HTTP.
 */
let cms: NewsletterCms
const CMS_URL = 'https://cms.example.test'

beforeAll(async () => {
  cms = await startNewsletterCms('auth-https', { CMS_URL })
  await cms.payload.create({ collection: 'users', data: { email: 'editor@example.org', password: 'a-long-test-password-1', name: 'Editor', role: 'editor' } })
}, 120_000)

afterAll(async () => {
  await cms?.close()
})

describe('over https', () => {
  it('the session cookie is Secure, HttpOnly and SameSite=Lax', async () => {
    const res = await fetch(`${cms.base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.org', password: 'a-long-test-password-1' }),
    })
    expect(res.status).toBe(200)
    const attributes = (res.headers.get('set-cookie') ?? '').split(';').map((a) => a.trim().split('=')[0]?.toLowerCase())
    expect(attributes[0]).toBe('payload-token')
    expect(attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite']))
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Lax/)
  })

  it('cors and csrf list exactly the https CMS origin and the site', async () => {
    const { default: config } = await import('../../src/payload.config')
    const { csrf, cors } = await config
    // Payload appends serverURL to the (shared) list itself, hence the sets.
    expect(Array.isArray(cors) && [...new Set(cors)]).toEqual([CMS_URL, SITE])
    expect([...new Set(csrf)]).toEqual([CMS_URL, SITE])
  })
})
