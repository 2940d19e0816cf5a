/**
 * Malformed multipart bodies from signed-in staff (anonymous ones are refused earlier, by
 * guardApiRoute): a 400 that says what is wrong, never a 500, and nothing created.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startHttpCms, type HttpCms } from '../helpers/httpCms'

let cms: HttpCms
let token = ''

beforeAll(async () => {
  cms = await startHttpCms('malformed-bodies')
  await cms.payload.create({ collection: 'users', data: { email: 'staff@example.org', password: 'a-long-password-1', name: 'Staff', role: 'admin' } })
  token = (await cms.payload.login({ collection: 'users', data: { email: 'staff@example.org', password: 'a-long-password-1' } })).token!
})
afterAll(() => cms?.close())

const BODIES: Record<string, string> = {
  'cut off in the JSON part': '--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"',
  'cut off in a file part': '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n',
  'a broken part header': '--XYZ\r\nContent-Disposition form-data name\r\n\r\nx\r\n--XYZ--\r\n',
}

it.each(['media', 'news', 'publications'] as const)('POST /api/%s with a malformed multipart body answers 400 and creates nothing', async (collection) => {
  const before = await cms.payload.count({ collection })
  for (const [what, body] of Object.entries(BODIES)) {
    const res = await fetch(`${cms.base}/api/${collection}`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'multipart/form-data; boundary=XYZ' },
      body,
    })
    const answer = (await res.json()) as { errors: { message: string }[] }
    expect(res.status, what).toBeLessThan(500)
    expect(res.status, what).toBeGreaterThanOrEqual(400)
    expect(answer.errors[0]!.message, what).not.toBe('Something went wrong.')
  }
  expect((await cms.payload.count({ collection })).totalDocs).toBe(before.totalDocs)
})
