/**
 * The access matrix (`helpers/accessMatrix.ts`, one table) checked through every path a caller
 * has: REST and GraphQL over real HTTP with real sessions from `/api/users/login`, and the Local
 * API with `overrideAccess: false`. Every collection × role × operation, including versions and
 * the trash where the collection has them.
 */
import { formatNames, type CollectionSlug, type GlobalSlug, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GLOBAL_MATRIX, MATRIX, ROLES, expectedOutcomes, type Operation, type Role } from '../helpers/accessMatrix'
import { GraphqlInput, PASSWORD, ROLE_EMAILS, gqlId, graphql, graphqlNames, login, rest, type GraphqlAnswer, type HttpAnswer, type Session } from '../helpers/apiClients'
import { createDoc, pngBuffer, validData } from '../helpers/fixtures'
import { startHttpCms, type HttpCms } from '../helpers/httpCms'

type Path = 'rest' | 'graphql' | 'local'
type Id = number | string
type Outcome = boolean | 'unsupported'

let cms: HttpCms
let payload: Payload
let gqlInput: GraphqlInput
const sessions: Record<Role, Session> = { anonymous: {}, editor: {}, admin: {} }
const localUsers: Record<Role, Record<string, unknown> | undefined> = { anonymous: undefined, editor: undefined, admin: undefined }

beforeAll(async () => {
  cms = await startHttpCms('access-matrix')
  payload = cms.payload
  for (const role of ['admin', 'editor'] as const) {
    const user = await payload.create({ collection: 'users', data: { email: ROLE_EMAILS[role], password: PASSWORD, name: role, role } })
    localUsers[role] = { ...user, collection: 'users' }
  }
  // Both ways a browser or a script carries a session.
  sessions.admin = await login(cms.base, ROLE_EMAILS.admin, 'header')
  sessions.editor = await login(cms.base, ROLE_EMAILS.editor, 'cookie')
  gqlInput = await GraphqlInput.load(cms.base, sessions.admin)
})
afterAll(async () => cms?.close())

const features = (slug: CollectionSlug) => {
  const config = payload.collections[slug]?.config
  if (!config) throw new Error(`no collection ${slug}`)
  return { versions: Boolean(config.versions), trash: Boolean(config.trash) }
}

/** The fixture documents an operation works on; each test gets fresh ones for writes. */
interface Targets {
  /** A document every allowed reader sees (published, verified). */
  readable: Id
  deletable: Id
  version?: Id
  trashable?: Id
  trashed?: Id
}

/** One readable document (and its first version) per collection, shared: reads, `update` with no changes and restoring that version leave it readable. */
const shared = new Map<CollectionSlug, Promise<{ readable: Id; version?: Id }>>()
const sharedTarget = (slug: CollectionSlug) => {
  if (!shared.has(slug)) {
    shared.set(
      slug,
      (async () => {
        const readable = await createDoc(payload, slug)
        if (!features(slug).versions) return { readable }
        const found = await payload.findVersions({ collection: slug, where: { parent: { equals: readable } }, limit: 1 })
        return { readable, version: found.docs[0]?.id }
      })(),
    )
  }
  return shared.get(slug) as Promise<{ readable: Id; version?: Id }>
}

async function targets(slug: CollectionSlug): Promise<Targets> {
  const { trash } = features(slug)
  const t: Targets = { ...(await sharedTarget(slug)), deletable: await createDoc(payload, slug) }
  if (trash) {
    t.trashable = await createDoc(payload, slug)
    t.trashed = await createDoc(payload, slug)
    await payload.update({ collection: slug, id: t.trashed, data: { deletedAt: new Date().toISOString() } as never })
  }
  return t
}

async function createData(slug: CollectionSlug): Promise<Record<string, unknown>> {
  return slug === 'media' ? { alt: 'Uploaded through the API' } : validData(payload, slug)
}

/** Whether a document still exists (and where it is: live or in the trash), seen with full rights. */
async function state(slug: CollectionSlug, id: Id): Promise<'live' | 'trashed' | 'gone'> {
  const found = await payload.find({ collection: slug, where: { id: { equals: id } }, trash: true, limit: 1 })
  const doc = found.docs[0] as { deletedAt?: string | null } | undefined
  if (!doc) return 'gone'
  return doc.deletedAt ? 'trashed' : 'live'
}

const REFUSED = new Set([401, 403, 404])

/** REST: 2xx is done, 401/403/404 is refused; anything else is a bug in the test or the CMS. */
function restOutcome(answer: HttpAnswer, seen?: (body: unknown) => boolean): boolean {
  if (answer.status >= 200 && answer.status < 300) return seen ? seen(answer.body) : true
  if (REFUSED.has(answer.status)) return false
  throw new Error(`unexpected ${answer.status}: ${answer.text.slice(0, 400)}`)
}

const listHas = (id: Id) => (body: unknown) => ((body as { docs?: { id: Id }[] }).docs ?? []).some((d) => d.id === id)
const whereId = (id: Id) => `where[id][equals]=${encodeURIComponent(String(id))}`

async function viaRest(slug: CollectionSlug, role: Role, op: Operation, t: Targets): Promise<Outcome> {
  const s = sessions[role]
  const b = cms.base
  switch (op) {
    case 'find':
      return restOutcome(await rest(b, s, 'GET', `/${slug}?depth=0&${whereId(t.readable)}`), listHas(t.readable))
    case 'findByID':
      return restOutcome(await rest(b, s, 'GET', `/${slug}/${t.readable}?depth=0`))
    case 'count':
      return restOutcome(await rest(b, s, 'GET', `/${slug}/count?${whereId(t.readable)}`), (body) => (body as { totalDocs: number }).totalDocs === 1)
    case 'create': {
      const data = await createData(slug)
      if (slug !== 'media') return restOutcome(await rest(b, s, 'POST', `/${slug}`, data))
      const form = new FormData()
      form.set('file', new Blob([new Uint8Array(await pngBuffer())], { type: 'image/png' }), 'upload.png')
      form.set('_payload', JSON.stringify(data))
      return restOutcome(await rest(b, s, 'POST', `/${slug}`, form))
    }
    case 'update':
      return restOutcome(await rest(b, s, 'PATCH', `/${slug}/${t.readable}?depth=0`, {}))
    case 'delete':
      return restOutcome(await rest(b, s, 'DELETE', `/${slug}/${t.deletable}`))
    case 'findVersions':
      return restOutcome(await rest(b, s, 'GET', `/${slug}/versions?depth=0&where[parent][equals]=${t.readable}`), (body) => listHas(t.version as Id)(body))
    case 'findVersionByID':
      return restOutcome(await rest(b, s, 'GET', `/${slug}/versions/${t.version}?depth=0`))
    case 'restoreVersion':
      return restOutcome(await rest(b, s, 'POST', `/${slug}/versions/${t.version}?depth=0`))
    case 'findTrashed':
      return restOutcome(await rest(b, s, 'GET', `/${slug}?depth=0&trash=true&${whereId(t.trashed as Id)}`), listHas(t.trashed as Id))
    case 'trash':
      return restOutcome(await rest(b, s, 'PATCH', `/${slug}/${t.trashable}?depth=0`, { deletedAt: new Date().toISOString() }))
    case 'restoreFromTrash':
      return restOutcome(await rest(b, s, 'PATCH', `/${slug}/${t.trashed}?depth=0&trash=true`, { deletedAt: null }))
  }
}

/** GraphQL: data is done, an error with status 401/403/404 is refused, anything else is a bug. */
function gqlOutcome(answer: GraphqlAnswer, field: string, seen?: (value: unknown) => boolean): boolean {
  const error = answer.errors?.[0]
  if (error) {
    if (REFUSED.has(error.extensions?.statusCode ?? 0)) return false
    throw new Error(`unexpected GraphQL error (${answer.status}): ${answer.text.slice(0, 400)}`)
  }
  const value = answer.data?.[field]
  if (value === null || value === undefined) return false
  return seen ? seen(value) : true
}

async function viaGraphql(slug: CollectionSlug, role: Role, op: Operation, t: Targets): Promise<Outcome> {
  const s = sessions[role]
  const { singular, plural } = graphqlNames(slug)
  const q = (query: string, variables?: Record<string, unknown>) => graphql(cms.base, s, query, variables)
  const docsHave = (id: Id) => (value: unknown) => (value as { docs: { id: Id }[] }).docs.some((d) => d.id === id)
  switch (op) {
    case 'find':
      return gqlOutcome(await q(`{ r: ${plural}(where: { id: { equals: ${gqlId(t.readable)} } }) { docs { id } } }`), 'r', docsHave(t.readable))
    case 'findByID':
      return gqlOutcome(await q(`{ r: ${singular}(id: ${gqlId(t.readable)}) { id } }`), 'r')
    case 'count':
      return gqlOutcome(await q(`{ r: count${plural}(where: { id: { equals: ${gqlId(t.readable)} } }) { totalDocs } }`), 'r', (v) => (v as { totalDocs: number }).totalDocs === 1)
    case 'create': {
      // GraphQL takes no file uploads in Payload: media are created over REST only.
      if (slug === 'media') return 'unsupported'
      // GraphQL makes a required field with a default required input: say it.
      const defaults = slug === 'campaigns' ? { status: 'draft' } : {}
      const data = gqlInput.convert({ ...(await createData(slug)), ...defaults }, `mutation${singular}Input`)
      return gqlOutcome(await q(`mutation ($data: mutation${singular}Input!) { r: create${singular}(data: $data) { id } }`, { data }), 'r')
    }
    case 'update':
      return gqlOutcome(await q(`mutation { r: update${singular}(id: ${gqlId(t.readable)}, data: {}) { id } }`), 'r')
    case 'delete':
      return gqlOutcome(await q(`mutation { r: delete${singular}(id: ${gqlId(t.deletable)}) { id } }`), 'r')
    case 'findVersions':
      return gqlOutcome(await q(`{ r: versions${plural}(where: { parent: { equals: ${gqlId(t.readable)} } }) { docs { id } } }`), 'r', docsHave(t.version as Id))
    case 'findVersionByID':
      return gqlOutcome(await q(`{ r: version${singular}(id: ${gqlId(t.version as Id)}) { id } }`), 'r')
    case 'restoreVersion':
      return gqlOutcome(await q(`mutation { r: restoreVersion${singular}(id: ${gqlId(t.version as Id)}) { id } }`), 'r')
    case 'findTrashed':
      return gqlOutcome(await q(`{ r: ${plural}(trash: true, where: { id: { equals: ${gqlId(t.trashed as Id)} } }) { docs { id } } }`), 'r', docsHave(t.trashed as Id))
    case 'trash':
      return gqlOutcome(await q(`mutation { r: update${singular}(id: ${gqlId(t.trashable as Id)}, data: { deletedAt: "${new Date().toISOString()}" }) { id } }`), 'r')
    case 'restoreFromTrash':
      return gqlOutcome(await q(`mutation { r: update${singular}(id: ${gqlId(t.trashed as Id)}, trash: true, data: { deletedAt: null }) { id } }`), 'r')
  }
}

async function viaLocal(slug: CollectionSlug, role: Role, op: Operation, t: Targets): Promise<Outcome> {
  const as = { overrideAccess: false, user: localUsers[role] as never, depth: 0 } as const
  const byId = (id: Id): Where => ({ id: { equals: id } })
  try {
    switch (op) {
      case 'find':
        return (await payload.find({ collection: slug, where: byId(t.readable), ...as })).docs.some((d) => d.id === t.readable)
      case 'findByID':
        await payload.findByID({ collection: slug, id: t.readable, ...as })
        return true
      case 'count':
        return (await payload.count({ collection: slug, where: byId(t.readable), ...as })).totalDocs === 1
      case 'create': {
        const data = (await createData(slug)) as never
        if (slug !== 'media') await payload.create({ collection: slug, data, ...as })
        else {
          const file = await pngBuffer()
          await payload.create({ collection: slug, data, file: { data: file, mimetype: 'image/png', name: 'local.png', size: file.length }, ...as })
        }
        return true
      }
      case 'update':
        await payload.update({ collection: slug, id: t.readable, data: {}, ...as })
        return true
      case 'delete':
        await payload.delete({ collection: slug, id: t.deletable, ...as })
        return true
      case 'findVersions':
        return (await payload.findVersions({ collection: slug, where: { parent: { equals: t.readable } }, ...as })).docs.some((d) => d.id === t.version)
      case 'findVersionByID':
        await payload.findVersionByID({ collection: slug, id: String(t.version), ...as })
        return true
      case 'restoreVersion':
        await payload.restoreVersion({ collection: slug, id: String(t.version), ...as })
        return true
      case 'findTrashed':
        return (await payload.find({ collection: slug, trash: true, where: byId(t.trashed as Id), ...as })).docs.some((d) => d.id === t.trashed)
      case 'trash':
        await payload.update({ collection: slug, id: t.trashable as Id, data: { deletedAt: new Date().toISOString() } as never, ...as })
        return true
      case 'restoreFromTrash':
        await payload.update({ collection: slug, id: t.trashed as Id, trash: true, data: { deletedAt: null } as never, ...as })
        return true
    }
  } catch (error) {
    if (REFUSED.has((error as { status?: number }).status ?? 0)) return false
    throw error
  }
}

const PATHS: Record<Path, typeof viaRest> = { rest: viaRest, graphql: viaGraphql, local: viaLocal }

const rows = Object.keys(MATRIX).flatMap((collection) =>
  ROLES.flatMap((role) => (Object.keys(PATHS) as Path[]).map((path) => ({ collection: collection as CollectionSlug, role, path }))),
)

describe.each(rows)('$collection, $role, $path', ({ collection, role, path }) => {
  it('does exactly what the access matrix says', async () => {
    const t = await targets(collection)
    const expected = expectedOutcomes(collection, role, features(collection))
    const actual: Partial<Record<Operation, Outcome>> = {}
    for (const op of Object.keys(expected) as Operation[]) actual[op] = await PATHS[path](collection, role, op, t)
    for (const op of Object.keys(actual) as Operation[]) if (actual[op] === 'unsupported') delete expected[op]
    for (const op of Object.keys(actual) as Operation[]) if (actual[op] === 'unsupported') delete actual[op]
    expect(actual).toEqual(expected)
    // What was refused left the data as it was; what was done did happen.
    expect(await state(collection, t.deletable)).toBe(expected.delete ? 'gone' : 'live')
    if (t.trashable !== undefined) expect(await state(collection, t.trashable)).toBe(expected.trash ? 'trashed' : 'live')
    if (t.trashed !== undefined) expect(await state(collection, t.trashed)).toBe(expected.restoreFromTrash ? 'live' : 'trashed')
  })
})

/** The global through the same three paths: read, and an update that changes nothing. */
const globalRows = Object.keys(GLOBAL_MATRIX).flatMap((slug) =>
  ROLES.flatMap((role) => (Object.keys(PATHS) as Path[]).map((path) => ({ slug: slug as GlobalSlug, role, path }))),
)

describe.each(globalRows)('global $slug, $role, $path', ({ slug, role, path }) => {
  it('does exactly what the access matrix says', async () => {
    const expected = { read: GLOBAL_MATRIX[slug]?.[role].includes('r'), update: GLOBAL_MATRIX[slug]?.[role].includes('u') }
    // Payload names a global's GraphQL fields after the singular of its slug's words.
    const name = formatNames(slug).singular
    const actual = { read: false, update: false }
    if (path === 'rest') {
      actual.read = restOutcome(await rest(cms.base, sessions[role], 'GET', `/globals/${slug}?depth=0`))
      actual.update = restOutcome(await rest(cms.base, sessions[role], 'POST', `/globals/${slug}?depth=0`, {}))
    } else if (path === 'graphql') {
      actual.read = gqlOutcome(await graphql(cms.base, sessions[role], `{ r: ${name} { updatedAt } }`), 'r')
      actual.update = gqlOutcome(await graphql(cms.base, sessions[role], `mutation { r: update${name}(data: {}) { updatedAt } }`), 'r')
    } else {
      const as = { overrideAccess: false, user: localUsers[role] as never, depth: 0 } as const
      const attempt = async (run: () => Promise<unknown>) =>
        run().then(
          () => true,
          (error: { status?: number }) => {
            if (REFUSED.has(error.status ?? 0)) return false
            throw error
          },
        )
      actual.read = await attempt(() => payload.findGlobal({ slug, ...as }))
      actual.update = await attempt(() => payload.updateGlobal({ slug, data: {}, ...as }))
    }
    expect(actual).toEqual(expected)
  })
})
