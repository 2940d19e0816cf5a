/**
 * Hidden-field probes and the anonymous API caps, over real HTTP (REST and GraphQL).
 *
 * A probe asks about something the caller may not see (a draft's title, an unverified incident's
 * place, a subscriber's address, another account's e-mail or password hash, a trashed document)
 * through `where`, `sort`, `select`, `depth` and `joins`, once with the secret value and once with
 * a decoy that matches nothing. The two answers must be identical: same status, same ids in the
 * same order, same count. Anything else is an oracle.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, ROLE_EMAILS, gqlId, graphql, login, rest, type Session } from '../helpers/apiClients'
import { validData } from '../helpers/fixtures'
import { startHttpCms, type HttpCms } from '../helpers/httpCms'
import { ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_LIMIT } from '../../src/security/apiReadGuards'

type Id = number | string

let cms: HttpCms
let payload: Payload
const anonymous: Session = {}
let editor: Session
let admin: Session

/** Secret values that only staff (or only admins) may see, and the documents holding them. */
const SECRET = {
  draftTitle: 'Secret draft publication',
  draftNewsTitle: 'Secret draft news item',
  draftLawTitle: 'Secret draft amending law',
  trashedTitle: 'Trashed publication',
  place: 'Unverifiedplace',
  subscriber: 'secret.reader@example.org',
  tokenHash: 'a'.repeat(64),
}
const DECOY = 'zz-no-such-value-zz'
const docs: Record<string, Id> = {}

beforeAll(async () => {
  cms = await startHttpCms('access-probes')
  payload = cms.payload
  const make = async (collection: 'news' | 'publications' | 'laws' | 'incidents', extra: Record<string, unknown>, draft = false) =>
    (await payload.create({ collection, data: { ...(await validData(payload, collection)), ...extra } as never, draft })).id
  docs.adminUser = (await payload.create({ collection: 'users', data: { email: ROLE_EMAILS.admin, password: PASSWORD, name: 'Admin', role: 'admin' } })).id
  docs.editorUser = (await payload.create({ collection: 'users', data: { email: ROLE_EMAILS.editor, password: PASSWORD, name: 'Editor', role: 'editor' } })).id
  admin = await login(cms.base, ROLE_EMAILS.admin, 'header')
  editor = await login(cms.base, ROLE_EMAILS.editor, 'header')

  docs.publishedPub = await make('publications', { title: 'Published publication' })
  docs.draftPub = await make('publications', { title: SECRET.draftTitle, _status: 'draft' }, true)
  docs.trashedPub = await make('publications', { title: SECRET.trashedTitle })
  await payload.update({ collection: 'publications', id: docs.trashedPub, data: { deletedAt: new Date().toISOString() } })
  docs.news = await make('news', { title: 'Published news', relatedPublications: [docs.publishedPub, docs.draftPub, docs.trashedPub] })
  docs.draftNews = await make('news', { title: SECRET.draftNewsTitle, _status: 'draft' }, true)

  docs.law = await make('laws', { title: 'Law on Weapons' })
  docs.amendingLaw = await make('laws', { title: 'Published amending law', amends: [docs.law] })
  docs.draftAmendingLaw = await make('laws', { title: SECRET.draftLawTitle, amends: [docs.law], _status: 'draft' }, true)

  docs.verifiedIncident = await make('incidents', { place: 'Verifiedplace' })
  docs.unverifiedIncident = await make('incidents', { place: SECRET.place, verified: false })

  docs.subscriber = (await payload.create({ collection: 'subscribers', data: { email: SECRET.subscriber, status: 'pending', confirmTokenHash: SECRET.tokenHash } as never })).id
  // Two builds, one requested by each staff member: an editor reads builds but not the admin's account.
  for (const user of [docs.adminUser, docs.editorUser]) {
    await payload.create({ collection: 'site-builds', data: { ...(await validData(payload, 'site-builds')), requestedBy: user } as never })
  }
})
afterAll(async () => cms?.close())

/** What a list answer reveals: its status, its ids in order, its count (or an error's status). */
async function seen(session: Session, path: string) {
  const answer = await rest(cms.base, session, 'GET', path)
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500)
  const body = answer.body as { docs?: { id: Id }[]; totalDocs?: number; id?: Id } | undefined
  return { status: answer.status, ids: body?.docs?.map((d) => d.id) ?? (body?.id !== undefined ? [body.id] : []), total: body?.totalDocs }
}

async function seenGql(session: Session, query: string) {
  const answer = await graphql(cms.base, session, query)
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500)
  return { statuses: answer.errors?.map((e) => e.extensions?.statusCode ?? 'invalid') ?? [], data: answer.data }
}

const q = (s: string) => encodeURIComponent(s)

describe('where, sort and count on what the caller may not see answer as for a value that matches nothing', () => {
  const restProbes: { name: string; who: 'anonymous' | 'editor' | 'admin'; path: (value: string) => string }[] = [
    { name: 'a draft by title', who: 'anonymous', path: (v) => `/publications?where[title][equals]=${q(v === DECOY ? v : SECRET.draftTitle)}` },
    { name: 'drafts by _status', who: 'anonymous', path: (v) => `/news?where[_status][equals]=${v === DECOY ? 'nothing' : 'draft'}` },
    { name: 'a draft counted', who: 'anonymous', path: (v) => `/news/count?where[title][like]=${q(v === DECOY ? v : 'Secret draft')}` },
    { name: 'a trashed document', who: 'anonymous', path: (v) => `/publications?where[title][equals]=${q(v === DECOY ? v : SECRET.trashedTitle)}` },
    { name: 'trashed documents by deletedAt', who: 'anonymous', path: (v) => `/publications?where[deletedAt][${v === DECOY ? 'equals' : 'exists'}]=${v === DECOY ? '1999-01-01' : 'true'}` },
    { name: 'an unverified incident by place', who: 'anonymous', path: (v) => `/incidents?where[place][equals]=${q(v === DECOY ? v : SECRET.place)}` },
    { name: 'unverified incidents by verified', who: 'anonymous', path: (v) => `/incidents/count?where[verified][equals]=${v === DECOY ? 'true&where[place][equals]=none' : 'false'}` },
    { name: 'a draft through a relation', who: 'anonymous', path: (v) => `/news?where[relatedPublications.title][equals]=${q(v === DECOY ? v : SECRET.draftTitle)}` },
    { name: 'a trashed document through a relation', who: 'anonymous', path: (v) => `/news?where[relatedPublications.title][equals]=${q(v === DECOY ? v : SECRET.trashedTitle)}` },
    { name: 'a draft through a join', who: 'anonymous', path: (v) => `/laws?where[amendedBy.title][equals]=${q(v === DECOY ? v : SECRET.draftLawTitle)}` },
    { name: 'a draft version', who: 'anonymous', path: (v) => `/news/versions?where[version.title][equals]=${q(v === DECOY ? v : SECRET.draftNewsTitle)}` },
    { name: 'a subscriber by e-mail', who: 'anonymous', path: (v) => `/subscribers?where[email][equals]=${q(v === DECOY ? v : SECRET.subscriber)}` },
    { name: 'a subscriber by e-mail (editor)', who: 'editor', path: (v) => `/subscribers/count?where[email][like]=${q(v === DECOY ? v : 'secret')}` },
    { name: "a subscriber's token hash (admin)", who: 'admin', path: (v) => `/subscribers?where[confirmTokenHash][equals]=${v === DECOY ? 'b'.repeat(64) : SECRET.tokenHash}` },
    { name: 'an account by e-mail', who: 'anonymous', path: (v) => `/users?where[email][like]=${q(v === DECOY ? v : 'admin')}` },
    { name: "another account's e-mail (editor)", who: 'editor', path: (v) => `/users?where[email][like]=${q(v === DECOY ? v : 'admin')}` },
    { name: "password hashes (admin)", who: 'admin', path: (v) => `/users?where[hash][like]=${v === DECOY ? 'zzzz' : 'a'}` },
    { name: 'reset tokens (admin)', who: 'admin', path: (v) => `/users?where[resetPasswordToken][exists]=${v === DECOY ? 'false' : 'true'}` },
    { name: 'sessions (admin)', who: 'admin', path: (v) => `/users?where[sessions.id][exists]=${v === DECOY ? 'false' : 'true'}` },
    { name: "the admin's e-mail through a build's requester (editor)", who: 'editor', path: (v) => `/site-builds?where[requestedBy.email][like]=${q(v === DECOY ? v : 'admin@')}` },
    { name: "the admin's password hash through a build's requester (editor)", who: 'editor', path: (v) => `/site-builds?where[requestedBy.hash][exists]=${v === DECOY ? 'false' : 'true'}` },
    { name: "the admin's e-mail by sorting builds on it (editor)", who: 'editor', path: (v) => `/site-builds?sort=${v === DECOY ? '' : '-'}requestedBy.email` },
    { name: 'password hashes by sorting on them (admin)', who: 'admin', path: (v) => `/users?sort=${v === DECOY ? '' : '-'}hash` },
    { name: "subscribers' token hashes by sorting on them (admin)", who: 'admin', path: (v) => `/subscribers?sort=${v === DECOY ? '' : '-'}confirmTokenHash` },
  ]

  it.each(restProbes)('REST: $name ($who)', async ({ who, path }) => {
    const session = { anonymous, editor, admin }[who]
    const probe = await seen(session, path('secret'))
    const control = await seen(session, path(DECOY))
    expect(probe).toEqual(control)
  })

  const gqlProbes: { name: string; who: 'anonymous' | 'editor'; query: (value: string) => string }[] = [
    { name: 'a draft by title', who: 'anonymous', query: (v) => `{ Publications(where: { title: { equals: "${v}" } }) { docs { id } totalDocs } }` },
    { name: 'a draft through a relation', who: 'anonymous', query: (v) => `{ allNews(where: { relatedPublications__title: { equals: "${v}" } }) { docs { id } } }` },
    { name: 'an unverified incident by place', who: 'anonymous', query: (v) => `{ countIncidents(where: { place: { equals: "${v}" } }) { totalDocs } }` },
    { name: 'a draft version', who: 'anonymous', query: (v) => `{ versionsAllNews(where: { version__title: { equals: "${v}" } }) { docs { id } } }` },
    { name: 'a trashed document through a relation', who: 'anonymous', query: (v) => `{ allNews(where: { relatedPublications__title: { equals: "${v}" } }) { docs { id } } }` },
    { name: 'a subscriber by e-mail', who: 'anonymous', query: (v) => `{ Subscribers(where: { email: { equals: "${v === DECOY ? 'nobody@example.org' : v}" } }) { docs { id } } }` },
    { name: "another account's e-mail (editor)", who: 'editor', query: (v) => `{ Users(where: { email: { like: "${v}" } }) { docs { id } } }` },
    { name: "the admin's e-mail by sorting builds on it (editor)", who: 'editor', query: (v) => `{ SiteBuilds(sort: "${v === DECOY ? '' : '-'}requestedBy.email") { docs { id } } }` },
  ]
  const gqlSecret: Record<string, string> = {
    'a draft by title': SECRET.draftTitle,
    'a draft through a relation': SECRET.draftTitle,
    'an unverified incident by place': SECRET.place,
    'a draft version': SECRET.draftNewsTitle,
    'a trashed document through a relation': SECRET.trashedTitle,
    'a subscriber by e-mail': SECRET.subscriber,
    "another account's e-mail (editor)": 'admin',
  }

  it.each(gqlProbes)('GraphQL: $name ($who)', async ({ name, who, query }) => {
    const session = who === 'editor' ? editor : anonymous
    const probe = await seenGql(session, query(gqlSecret[name] ?? ''))
    const control = await seenGql(session, query(DECOY))
    expect(probe).toEqual(control)
  })
})

describe('select, depth and joins never bring in what the caller may not see', () => {
  const PUBLIC_PUBS = () => [docs.publishedPub]

  it.each([0, 1, 2])('REST: a published news item at depth %i shows only published, live publications', async (depth) => {
    const answer = await rest(cms.base, anonymous, 'GET', `/news/${docs.news}?depth=${depth}`)
    expect(answer.status).toBe(200)
    const related = (answer.body as { relatedPublications: (Id | { id: Id; title: string })[] }).relatedPublications
    const populated = related.filter((r): r is { id: Id; title: string } => typeof r === 'object')
    if (depth > 0) expect(populated.map((p) => p.id)).toEqual(PUBLIC_PUBS())
    expect(answer.text).not.toContain(SECRET.draftTitle)
    expect(answer.text).not.toContain(SECRET.trashedTitle)
  })

  it('REST: selecting a relation and its fields brings in no draft or trashed document', async () => {
    const answer = await rest(cms.base, anonymous, 'GET', `/news?depth=1&select[relatedPublications]=true&populate[publications][title]=true&populate[publications][_status]=true`)
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain(SECRET.draftTitle)
    expect(answer.text).not.toContain(SECRET.trashedTitle)
  })

  it('GraphQL: a published news item lists only published, live publications', async () => {
    const { statuses, data } = await seenGql(anonymous, `{ News(id: ${gqlId(docs.news as Id)}) { relatedPublications { id title _status } } }`)
    expect(statuses).toEqual([])
    const related = (data?.News as { relatedPublications: ({ id: Id } | null)[] }).relatedPublications
    expect(related.filter((r) => r !== null).map((r) => r.id)).toEqual(PUBLIC_PUBS())
  })

  it('REST: a join lists only published laws, and a where on the join is no oracle', async () => {
    const plain = await rest(cms.base, anonymous, 'GET', `/laws/${docs.law}?depth=0`)
    const joined = (plain.body as { amendedBy: { docs: (Id | { id: Id })[] } }).amendedBy.docs.map((d) => (typeof d === 'object' ? d.id : d))
    expect(joined).toEqual([docs.amendingLaw])
    const probe = await seen(anonymous, `/laws/${docs.law}?depth=0&joins[amendedBy][where][title][equals]=${q(SECRET.draftLawTitle)}`)
    const control = await seen(anonymous, `/laws/${docs.law}?depth=0&joins[amendedBy][where][title][equals]=${q(DECOY)}`)
    expect(probe).toEqual(control)
    expect(JSON.stringify(plain.body)).not.toContain(SECRET.draftLawTitle)
  })

  it('GraphQL: a join lists only published laws', async () => {
    const { statuses, data } = await seenGql(anonymous, `{ Law(id: ${gqlId(docs.law as Id)}) { amendedBy(limit: 10) { docs { id title } } } }`)
    expect(statuses).toEqual([])
    expect((data?.Law as { amendedBy: { docs: { id: Id }[] } }).amendedBy.docs.map((d) => d.id)).toEqual([docs.amendingLaw])
  })

  it('selecting hidden fields shows nothing, even to an administrator', async () => {
    const users = await rest(cms.base, admin, 'GET', `/users?select[hash]=true&select[salt]=true&select[resetPasswordToken]=true&select[sessions]=true&select[email]=true`)
    expect(users.status).toBe(200)
    for (const doc of (users.body as { docs: Record<string, unknown>[] }).docs) {
      for (const hidden of ['hash', 'salt', 'resetPasswordToken']) expect(doc).not.toHaveProperty(hidden)
      // Payload shows a user their own sessions (ids and expiry, no token), nobody else's: the
      // editor is logged in too, and the administrator must not see that session.
      if (doc.id !== docs.adminUser) expect(doc.sessions ?? []).toEqual([])
    }
    const subscribers = await rest(cms.base, admin, 'GET', `/subscribers?select[confirmTokenHash]=true&select[manageTokenHash]=true`)
    expect(subscribers.status).toBe(200)
    expect(subscribers.text).not.toContain(SECRET.tokenHash)
  })

  it("an editor's build list never shows the admin's account, at any depth", async () => {
    for (const depth of [0, 1, 2]) {
      const answer = await rest(cms.base, editor, 'GET', `/site-builds?depth=${depth}`)
      expect(answer.status).toBe(200)
      expect(answer.text).not.toContain(ROLE_EMAILS.admin)
    }
  })
})

describe('caps for anonymous readers', () => {
  it.each([
    ['limit', `limit=${ANONYMOUS_MAX_LIMIT + 1}`],
    ['limit', 'limit=0'],
    ['limit', 'limit=-1'],
    ['limit', 'limit=1.5'],
    ['limit', 'limit=abc'],
    ['page', 'page=0'],
    ['page', 'page=-3'],
    ['depth', `depth=${ANONYMOUS_MAX_DEPTH + 1}`],
    ['depth', 'depth=-1'],
    ['pagination', 'pagination=false'],
    ['joins.amendedBy.limit', 'joins[amendedBy][limit]=0'],
  ])('REST: %s refused with a 400 naming it (%s)', async (field, query) => {
    const answer = await rest(cms.base, anonymous, 'GET', `/laws?${query}`)
    expect(answer.status).toBe(400)
    const error = (answer.body as { errors: { message: string; data?: { errors: { path: string }[] } }[] }).errors[0]
    expect(error?.message).toContain(field.split('.')[0])
    expect(error?.data?.errors[0]?.path).toBe(field)
  })

  it('REST: the trash is refused with a 403', async () => {
    expect((await rest(cms.base, anonymous, 'GET', '/publications?trash=true')).status).toBe(403)
  })

  it('REST: the largest allowed page and depth answer, and staff are not capped', async () => {
    expect((await rest(cms.base, anonymous, 'GET', `/incidents?limit=${ANONYMOUS_MAX_LIMIT}&depth=${ANONYMOUS_MAX_DEPTH}`)).status).toBe(200)
    // What the site build sends (site/src/lib/cms/source.ts): depth 0, select, its largest page.
    expect((await rest(cms.base, anonymous, 'GET', `/incidents?depth=0&limit=1000&page=1&select[place]=true`)).status).toBe(200)
    const staff = await rest(cms.base, editor, 'GET', `/incidents?limit=0&depth=4`)
    expect(staff.status).toBe(200)
    expect((staff.body as { totalDocs: number }).totalDocs).toBe(2)
  })

  it('GraphQL: limit 0, pagination off without a limit and a too-large limit are refused with a 400', async () => {
    for (const args of ['limit: 0', `limit: ${ANONYMOUS_MAX_LIMIT + 1}`, 'pagination: false', 'page: 0']) {
      const answer = await graphql(cms.base, anonymous, `{ Incidents(${args}) { docs { id } } }`)
      expect(answer.status).toBeLessThan(500)
      expect(answer.errors?.[0]?.extensions?.statusCode, args).toBe(400)
      expect(answer.data?.Incidents ?? null).toBeNull()
    }
    // A GraphQL join without a limit means "all": anonymous readers must give one.
    for (const args of ['(limit: 0)', '']) {
      const join = await graphql(cms.base, anonymous, `{ Law(id: ${gqlId(docs.law as Id)}) { amendedBy${args} { docs { id } } } }`)
      expect(join.errors?.[0]?.extensions?.statusCode, args).toBe(400)
      expect(join.errors?.[0]?.message).toContain('limit')
    }
  })

  it('GraphQL: a query above the complexity limit is refused with a clear error, not a 500', async () => {
    // 1,001 aliased fields: over `maxComplexity: 1000` (payload.config.ts), before anything runs.
    const fields = Array.from({ length: 1001 }, (_, i) => `a${i}: countIncidents { totalDocs }`).join(' ')
    const answer = await graphql(cms.base, anonymous, `{ ${fields} }`)
    // graphql-http answers validation errors with 200 to `application/json` clients (the
    // GraphQL-over-HTTP rule for that media type), 400 to `application/graphql-response+json`.
    expect(answer.status).toBe(200)
    expect(answer.errors?.[0]?.message).toMatch(/exceeds the maximum complexity of 1000/)
    expect(answer.data).toBeUndefined()
  })
})

describe('GraphQL introspection and playground', () => {
  const introspection = '{ __schema { queryType { name } } }'

  it('answer outside production (the admin and developers use them)', async () => {
    const answer = await graphql(cms.base, anonymous, introspection)
    expect(answer.errors).toBeUndefined()
    expect((await fetch(`${cms.base}/api/graphql-playground`)).status).toBe(200)
  })

  it('are off when NODE_ENV is production', async () => {
    // Payload's rule and the playground route read NODE_ENV on each request; the rest of this
    // process does not look at it again, so it is switched for these two requests only.
    const before = process.env.NODE_ENV
    Object.assign(process.env, { NODE_ENV: 'production' })
    try {
      const answer = await graphql(cms.base, anonymous, introspection)
      expect(answer.status).toBeLessThan(500)
      expect(answer.errors?.[0]?.message).toMatch(/introspection is not allowed/)
      expect(answer.data).toBeUndefined()
      const typeProbe = await graphql(cms.base, anonymous, '{ __type(name: "User") { fields { name } } }')
      expect(typeProbe.errors?.[0]?.message).toMatch(/introspection is not allowed/)
      const playground = await fetch(`${cms.base}/api/graphql-playground`)
      expect(playground.status).toBe(404)
    } finally {
      Object.assign(process.env, { NODE_ENV: before })
    }
  })
})
