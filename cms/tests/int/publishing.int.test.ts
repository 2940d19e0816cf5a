import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, User } from '@clearinghouse/shared/payload-types'
import type { BuildStatusReport, BuildSummary } from '@clearinghouse/shared/publishing'

import { validData } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testPayload'

/**
 * The audit trail and the site's build status: what the hooks record for each kind of write, who
 * may read it, and the publishing endpoints the runner and the admin use.
 */
const RUNNER_SECRET = 'publishing-test-runner-secret-0123456789'
const BASE = 'http://cms.test'

let cms: TestCms
let payload: Payload
let admin: User & { collection: 'users' }
let editor: User & { collection: 'users' }

beforeAll(async () => {
  process.env.PUBLISH_RUNNER_SECRET = RUNNER_SECRET
  process.env.CMS_URL = BASE
  cms = await startTestCms('publishing')
  payload = cms.payload
  const make = async (email: string, role: 'admin' | 'editor') => ({
    ...((await payload.create({ collection: 'users', data: { email, password: 'a-long-test-password-1', name: role, role } })) as User),
    collection: 'users' as const,
  })
  admin = await make('admin@example.org', 'admin')
  editor = await make('editor@example.org', 'editor')
})
afterAll(async () => cms?.close())

/** The audit entries written since `afterId`, oldest first. */
async function entriesAfter(afterId: number): Promise<AuditLog[]> {
  const { docs } = await payload.find({ collection: 'audit-log', where: { id: { greater_than: afterId } }, sort: 'id', pagination: false, depth: 0 })
  return docs as AuditLog[]
}
async function lastEntryId(): Promise<number> {
  const { docs } = await payload.find({ collection: 'audit-log', sort: '-id', limit: 1, depth: 0 })
  return Number(docs[0]?.id ?? 0)
}
const brief = (e: AuditLog) => ({ operation: e.operation, collection: e.collectionSlug, publicChange: e.publicChange, by: e.userLabel })

async function call(method: 'GET' | 'POST', path: string, options: { token?: string; secret?: string; body?: unknown } = {}): Promise<Response> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.secret) headers.set('x-publish-secret', options.secret)
  const request = new Request(`${BASE}/api${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  return handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: 'publishing' })
}
async function tokenOf(email: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: 'a-long-test-password-1' } })
  return token ?? ''
}

describe('the audit log records who did what, and which changes readers will see', () => {
  it('follows a news item through draft, publish, draft over published, unpublish, trash, restore and deletion', async () => {
    const start = await lastEntryId()
    const as = { overrideAccess: false, user: editor } as const
    const draft = await payload.create({ collection: 'news', data: { ...(await validData(payload, 'news')), _status: 'draft' } as never, draft: true, ...as })
    await payload.update({ collection: 'news', id: draft.id, data: { summary: 'Still a draft.' }, draft: true, ...as })
    await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as })
    await payload.update({ collection: 'news', id: draft.id, data: { title: 'Reworded, not yet published' }, draft: true, ...as })
    await payload.update({ collection: 'news', id: draft.id, data: { _status: 'draft' }, ...as })
    await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as })
    await payload.update({ collection: 'news', id: draft.id, data: { deletedAt: new Date().toISOString() }, ...as })
    await payload.update({ collection: 'news', id: draft.id, data: { deletedAt: null }, trash: true, ...as })
    await payload.delete({ collection: 'news', id: draft.id, user: admin, overrideAccess: false })

    const entries = await entriesAfter(start)
    expect(entries.map(brief)).toEqual([
      { operation: 'create', collection: 'news', publicChange: false, by: 'editor@example.org' },
      { operation: 'update', collection: 'news', publicChange: false, by: 'editor@example.org' },
      { operation: 'publish', collection: 'news', publicChange: true, by: 'editor@example.org' },
      // A draft saved over the published version changes nothing readers see.
      { operation: 'update', collection: 'news', publicChange: false, by: 'editor@example.org' },
      { operation: 'unpublish', collection: 'news', publicChange: true, by: 'editor@example.org' },
      { operation: 'publish', collection: 'news', publicChange: true, by: 'editor@example.org' },
      { operation: 'delete', collection: 'news', publicChange: true, by: 'editor@example.org' },
      { operation: 'restore', collection: 'news', publicChange: true, by: 'editor@example.org' },
      { operation: 'delete', collection: 'news', publicChange: true, by: 'admin@example.org' },
    ])
    expect(new Set(entries.map((e) => e.documentId))).toEqual(new Set([String(draft.id)]))
    expect(entries[2]?.title).toBe(draft.title)
    expect(entries[0]?.user).toBe(editor.id)
    for (const e of entries) expect(Date.now() - Date.parse(e.at)).toBeLessThan(60_000)
  })

  it('records collections without drafts, incidents by verification, and the site settings', async () => {
    const start = await lastEntryId()
    const member = await payload.create({ collection: 'team-members', data: (await validData(payload, 'team-members')) as never, user: editor })
    const incident = await payload.create({ collection: 'incidents', data: { ...(await validData(payload, 'incidents')), verified: false } as never, user: editor })
    await payload.update({ collection: 'incidents', id: incident.id, data: { verified: true }, user: editor })
    await payload.updateGlobal({ slug: 'site-settings', data: { contact: { phone: '+381 11 000 000' } } as never, user: admin })
    await payload.delete({ collection: 'team-members', id: member.id, user: admin })
    expect((await entriesAfter(start)).map(brief)).toEqual([
      { operation: 'create', collection: 'team-members', publicChange: true, by: 'editor@example.org' },
      // An unverified incident is not shown to readers; verifying it is.
      { operation: 'create', collection: 'incidents', publicChange: false, by: 'editor@example.org' },
      { operation: 'update', collection: 'incidents', publicChange: true, by: 'editor@example.org' },
      { operation: 'update', collection: 'global:site-settings', publicChange: true, by: 'admin@example.org' },
      { operation: 'delete', collection: 'team-members', publicChange: true, by: 'admin@example.org' },
    ])
  })

  it('writes nothing for the seed and imports (req.context flags)', async () => {
    const start = await lastEntryId()
    await payload.create({ collection: 'partners', data: (await validData(payload, 'partners')) as never, context: { skipAudit: true, skipSiteRebuild: true } })
    expect(await entriesAfter(start)).toEqual([])
  })

  it('keeps the change but asks for no rebuild under skipSiteRebuild alone', async () => {
    const start = await lastEntryId()
    await payload.create({ collection: 'partners', data: (await validData(payload, 'partners')) as never, context: { skipSiteRebuild: true } })
    expect((await entriesAfter(start)).map(brief)).toEqual([{ operation: 'create', collection: 'partners', publicChange: false, by: 'system' }])
  })

  it.each([
    ['anonymous readers', undefined],
    ['editors', 'editor'],
  ] as const)('is invisible to %s, over the Local API and REST', async (_label, who) => {
    const user = who === 'editor' ? editor : undefined
    await expect(payload.find({ collection: 'audit-log', overrideAccess: false, user })).rejects.toMatchObject({ status: 403 })
    const res = await call('GET', '/audit-log?limit=5', { token: who ? await tokenOf('editor@example.org') : undefined })
    expect([401, 403]).toContain(res.status)
    expect(await res.text()).not.toContain('example.org')
  })

  it('is readable by administrators, and nobody can create, change or delete an entry', async () => {
    const res = await call('GET', '/audit-log?limit=100&depth=0', { token: await tokenOf('admin@example.org') })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { totalDocs: number; docs: AuditLog[] }
    expect(body.totalDocs).toBeGreaterThan(10)
    const [entry] = body.docs
    if (!entry) throw new Error('no entry')
    const asAdmin = { overrideAccess: false, user: admin } as const
    await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { userLabel: 'someone else' }, ...asAdmin })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, ...asAdmin })).rejects.toMatchObject({ status: 403 })
    await expect(payload.create({ collection: 'audit-log', data: (await validData(payload, 'audit-log')) as never, ...asAdmin })).rejects.toMatchObject({ status: 403 })
  })
})

describe('build status and the runner endpoints', () => {
  const status = async (): Promise<BuildStatusReport> => (await (await call('GET', '/publishing/status', { secret: RUNNER_SECRET })).json()) as BuildStatusReport

  it('answers the status only to staff and the runner', async () => {
    expect((await call('GET', '/publishing/status')).status).toBe(401)
    expect((await call('GET', '/publishing/status', { secret: 'not-the-runner-secret-at-all' })).status).toBe(401)
    expect((await call('GET', '/publishing/status', { token: await tokenOf('editor@example.org') })).status).toBe(200)
    expect((await call('GET', '/publishing/status', { secret: RUNNER_SECRET })).status).toBe(200)
  })

  it('lists the changes readers will see until a build covers them', async () => {
    const before = await status()
    expect(before.lastSuccess).toBeNull()
    const item = await payload.create({ collection: 'news', data: { ...(await validData(payload, 'news')), title: 'Pending news item' } as never, user: editor })
    const pending = await status()
    expect(pending.pending.count).toBe(before.pending.count + 1)
    expect(pending.pending.changes[0]).toMatchObject({ collection: 'news', documentId: String(item.id), title: 'Pending news item', operation: 'publish', user: 'editor@example.org' })

    // Only the runner claims and finishes builds.
    expect((await call('POST', '/publishing/claim', { body: { mode: 'build', trigger: 'changes' } })).status).toBe(401)
    expect((await call('POST', '/publishing/claim', { secret: 'wrong-secret-0123456789', body: { mode: 'build', trigger: 'changes' } })).status).toBe(403)
    expect((await call('POST', '/publishing/claim', { secret: RUNNER_SECRET, body: { mode: 'teleport' } })).status).toBe(400)
    await new Promise((r) => setTimeout(r, 1_100)) // past the claim's safety margin
    const claimed = await call('POST', '/publishing/claim', { secret: RUNNER_SECRET, body: { mode: 'build', trigger: 'changes' } })
    expect(claimed.status).toBe(201)
    const { build } = (await claimed.json()) as { build: BuildSummary }
    expect(build).toMatchObject({ status: 'running', trigger: 'changes', mode: 'build', changes: pending.pending.count })
    expect((await status()).running?.id).toBe(build.id)

    const after = await payload.create({ collection: 'news', data: { ...(await validData(payload, 'news')), title: 'Saved during the build' } as never, user: editor })
    const finished = await call('POST', `/publishing/builds/${build.id}/finish`, { secret: RUNNER_SECRET, body: { status: 'succeeded', durationMs: 12_345, release: '20261125T100000Z' } })
    expect(finished.status).toBe(200)
    const report = await status()
    expect(report.lastSuccess).toMatchObject({ id: build.id, status: 'succeeded', durationMs: 12_345, release: '20261125T100000Z' })
    expect(report.running).toBeNull()
    // The change saved while the build ran is still pending; the others are in the build.
    expect(report.pending.changes.map((c) => c.documentId)).toEqual([String(after.id)])
  })

  it('keeps a failure with its log, and does not count it as published', async () => {
    await new Promise((r) => setTimeout(r, 1_100))
    const { build } = (await (await call('POST', '/publishing/claim', { secret: RUNNER_SECRET, body: { mode: 'build', trigger: 'changes' } })).json()) as { build: BuildSummary }
    await call('POST', `/publishing/builds/${build.id}/finish`, { secret: RUNNER_SECRET, body: { status: 'failed', durationMs: 2_000, log: 'The CMS answered 500 for /api/news' } })
    const report = await status()
    expect(report.lastFailure).toMatchObject({ id: build.id, status: 'failed', log: 'The CMS answered 500 for /api/news' })
    expect(report.lastBuild?.id).toBe(build.id)
    expect(report.pending.count).toBe(1)
    // Finishing twice is refused.
    expect((await call('POST', `/publishing/builds/${build.id}/finish`, { secret: RUNNER_SECRET, body: { status: 'succeeded', durationMs: 1 } })).status).toBe(404)
  })

  it('marks a build the previous runner process left running as failed when a runner starts', async () => {
    const { build } = (await (await call('POST', '/publishing/claim', { secret: RUNNER_SECRET, body: { mode: 'build', trigger: 'changes' } })).json()) as { build: BuildSummary }
    expect((await status()).running?.id).toBe(build.id)
    expect((await call('POST', '/publishing/recover')).status).toBe(401)
    const recovered = (await (await call('POST', '/publishing/recover', { secret: RUNNER_SECRET })).json()) as { abandoned: number }
    expect(recovered.abandoned).toBe(1)
    const report = await status()
    expect(report.running).toBeNull()
    expect(report.lastFailure).toMatchObject({ id: build.id, status: 'failed' })
    expect(report.lastFailure?.log).toMatch(/stopped before this build finished/)
  })

  it('lets administrators, and only them, ask for a rebuild; pressing twice queues one', async () => {
    expect((await call('POST', '/publishing/rebuild')).status).toBe(401)
    expect((await call('POST', '/publishing/rebuild', { token: await tokenOf('editor@example.org') })).status).toBe(403)
    const token = await tokenOf('admin@example.org')
    const first = (await (await call('POST', '/publishing/rebuild', { token })).json()) as { queued: BuildSummary }
    const second = (await (await call('POST', '/publishing/rebuild', { token })).json()) as { queued: BuildSummary }
    expect(second.queued.id).toBe(first.queued.id)
    expect((await status()).queued).toMatchObject({ id: first.queued.id, trigger: 'manual', requestedBy: 'admin@example.org' })
    const { build } = (await (await call('POST', '/publishing/claim', { secret: RUNNER_SECRET, body: { mode: 'deploy-hook', trigger: 'manual' } })).json()) as { build: BuildSummary }
    expect(build).toMatchObject({ id: first.queued.id, status: 'running', trigger: 'manual', mode: 'deploy-hook' })
  })
})

describe('scheduled publishing and unpublishing (Payload’s schedulePublish job)', () => {
  /** What the admin's "Schedule publish" drawer queues (@payloadcms/ui schedulePublishHandler). */
  const schedule = (type: 'publish' | 'unpublish', collection: 'news' | 'publications', id: number | string, at: Date, by: User) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: collection, value: String(id) }, user: { relationTo: 'users', value: by.id } },
      waitUntil: at,
    })
  const anonymousSees = async (collection: 'news' | 'publications', id: number | string) =>
    (await payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

  it('publishes a news item scheduled 5 s ahead once the job runs, as the editor who scheduled it, and marks the site stale', async () => {
    const draft = await payload.create({ collection: 'news', data: { ...(await validData(payload, 'news')), title: 'Scheduled news item', _status: 'draft' } as never, draft: true, user: editor })
    await schedule('publish', 'news', draft.id, new Date(Date.now() + 5_000), editor)
    await payload.jobs.run()
    expect(await anonymousSees('news', draft.id)).toBe(false)
    const start = await lastEntryId()
    await new Promise((r) => setTimeout(r, 5_100))
    await payload.jobs.run()
    expect(await anonymousSees('news', draft.id)).toBe(true)
    expect((await entriesAfter(start)).map(brief)).toEqual([{ operation: 'publish', collection: 'news', publicChange: true, by: 'editor@example.org' }])
    const report = (await (await call('GET', '/publishing/status', { secret: RUNNER_SECRET })).json()) as BuildStatusReport
    expect(report.pending.changes[0]).toMatchObject({ documentId: String(draft.id), operation: 'publish', title: 'Scheduled news item' })
  })

  it('unpublishes a publication at its scheduled time', async () => {
    const pub = await payload.create({ collection: 'publications', data: (await validData(payload, 'publications')) as never, user: editor })
    expect(await anonymousSees('publications', pub.id)).toBe(true)
    await schedule('unpublish', 'publications', pub.id, new Date(Date.now() + 1_000), admin)
    const start = await lastEntryId()
    await new Promise((r) => setTimeout(r, 1_100))
    await payload.jobs.run()
    expect(await anonymousSees('publications', pub.id)).toBe(false)
    expect((await entriesAfter(start)).map(brief)).toEqual([{ operation: 'unpublish', collection: 'publications', publicChange: true, by: 'admin@example.org' }])
  })
})
