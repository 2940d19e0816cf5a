import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CRUD_OPS, MATRIX, type CrudOp, type Role } from '../helpers/accessMatrix'
import { createDoc, pngBuffer, validData } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testPayload'

const rows = Object.entries(MATRIX).flatMap(([collection, roles]) =>
  (Object.keys(roles) as Role[]).flatMap((role) =>
    (Object.keys(CRUD_OPS) as CrudOp[]).map((op) => ({ collection, role, op, allowed: roles[role].includes(CRUD_OPS[op]) })),
  ),
)

let cms: TestCms
let payload: Payload
const users: Record<Role, Record<string, unknown> | undefined> = { anonymous: undefined, editor: undefined, admin: undefined }

async function userDoc(email: string, role: 'admin' | 'editor') {
  const doc = await payload.create({ collection: 'users', data: { email, password: 'a-long-test-password-1', name: role, role } })
  return { ...doc, collection: 'users' }
}

beforeAll(async () => {
  cms = await startTestCms('access')
  payload = cms.payload
  users.admin = await userDoc('admin@example.org', 'admin')
  users.editor = await userDoc('editor@example.org', 'editor')
})
afterAll(async () => cms?.close())

async function attempt(collection: CollectionSlug, role: Role, op: CrudOp): Promise<'allowed' | 'denied'> {
  const user = users[role] as never
  const asRole = { overrideAccess: false, user } as const
  try {
    if (op === 'create') {
      if (collection === 'media') {
        const data = await pngBuffer()
        await payload.create({ collection, data: { alt: 'x' }, file: { data, mimetype: 'image/png', name: 'x.png', size: data.length }, ...asRole })
      } else {
        await payload.create({ collection, data: (await validData(payload, collection)) as never, ...asRole })
      }
    } else {
      const id = await createDoc(payload, collection)
      if (op === 'read') await payload.findByID({ collection, id, ...asRole })
      if (op === 'update') await payload.update({ collection, id, data: {}, ...asRole })
      if (op === 'delete') await payload.delete({ collection, id, ...asRole })
    }
    return 'allowed'
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status === 403 || status === 404) return 'denied'
    throw err
  }
}

describe.each(rows)('$role → $op $collection', ({ collection, role, op, allowed }) => {
  it(allowed ? 'is allowed' : 'is refused', async () => {
    expect(await attempt(collection as CollectionSlug, role, op)).toBe(allowed ? 'allowed' : 'denied')
  })
})

describe('own account', () => {
  it('an editor reads and edits their own account but cannot raise their role', async () => {
    const editor = users.editor as { id: number; collection: string }
    const asEditor = { overrideAccess: false, user: editor as never }
    const own = await payload.findByID({ collection: 'users', id: editor.id, ...asEditor })
    expect(own.email).toBe('editor@example.org')
    const updated = await payload.update({ collection: 'users', id: editor.id, data: { name: 'Renamed', role: 'admin' }, ...asEditor })
    expect(updated.name).toBe('Renamed')
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.role).toBe('editor')
  })

  it('an editor listing users sees only themselves', async () => {
    const list = await payload.find({ collection: 'users', overrideAccess: false, user: users.editor as never })
    expect(list.docs.map((u) => u.email)).toEqual(['editor@example.org'])
  })
})

describe('what anonymous readers see', () => {
  it.each(['news', 'publications', 'laws', 'pages'] as const)('%s drafts are invisible to anonymous readers and visible to editors', async (collection) => {
    const data = { ...(await validData(payload, collection)), _status: 'draft' }
    const draft = await payload.create({ collection, data: data as never, draft: true })
    const anon = await payload.find({ collection, overrideAccess: false, limit: 1000 })
    expect(anon.docs.map((d) => d.id)).not.toContain(draft.id)
    await expect(payload.findByID({ collection, id: draft.id, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
    const asEditor = await payload.findByID({ collection, id: draft.id, overrideAccess: false, user: users.editor as never, draft: true })
    expect(asEditor.id).toBe(draft.id)
  })

  it('unverified incidents are invisible to anonymous readers', async () => {
    const data = { ...(await validData(payload, 'incidents')), verified: false }
    const hidden = await payload.create({ collection: 'incidents', data: data as never })
    const anon = await payload.find({ collection: 'incidents', overrideAccess: false, limit: 1000, where: { verified: { equals: false } } })
    expect(anon.docs).toHaveLength(0)
    await expect(payload.findByID({ collection: 'incidents', id: hidden.id, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
  })

  it('a media file is readable by anyone once uploaded, with its generated sizes', async () => {
    const data = await pngBuffer(1200, 800)
    const { id } = await payload.create({ collection: 'media', data: { alt: 'Large' }, file: { data, mimetype: 'image/png', name: 'large.png', size: data.length } })
    const doc = await payload.findByID({ collection: 'media', id, overrideAccess: false })
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.thumbnail?.width).toBe(400)
  })
})
