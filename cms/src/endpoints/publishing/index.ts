import type { Endpoint, PayloadHandler } from 'payload'
import { z } from 'zod'

import { abandonRunningBuilds, claimBuild, finishBuild, getBuildStatus, requestRebuild } from '../../publishing/buildStatus'
import { json, refuseUnlessAdmin, refuseUnlessRunner, refuseUnlessStaffOrRunner } from './auth'
import { previewDraft } from './preview'

/** GET /api/publishing/status — the build status report (staff, or the runner). */
const status: PayloadHandler = async (req) => refuseUnlessStaffOrRunner(req) ?? json(await getBuildStatus(req.payload), 200)

/** POST /api/publishing/rebuild — "Rebuild now" (administrators): queues a manual build. */
const rebuild: PayloadHandler = async (req) => {
  const refused = refuseUnlessAdmin(req)
  if (refused || !req.user) return refused ?? json({}, 401)
  return json({ queued: await requestRebuild(req.payload, req.user.id) }, 202)
}

const claimBody = z.object({ mode: z.enum(['build', 'deploy-hook']), trigger: z.enum(['changes', 'manual', 'startup']) })
const finishBody = z.object({
  status: z.enum(['succeeded', 'failed']),
  durationMs: z.number().nonnegative(),
  log: z.string().max(1_000_000).optional(),
  release: z.string().max(500).optional(),
})

async function readJson(req: Parameters<PayloadHandler>[0]): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    // Not JSON at all: the schema check below turns this into a 400.
    return undefined
  }
}

/** POST /api/publishing/claim — the runner starts a build: `{ mode, trigger }` → the build row. */
const claim: PayloadHandler = async (req) => {
  const refused = refuseUnlessRunner(req)
  if (refused) return refused
  const body = claimBody.safeParse(await readJson(req))
  if (!body.success) return json({ errors: body.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) }, 400)
  return json({ build: await claimBuild(req.payload, body.data) }, 201)
}

/** POST /api/publishing/recover — a runner starting up: builds its previous process left "running" are marked failed. */
const recover: PayloadHandler = async (req) => refuseUnlessRunner(req) ?? json({ abandoned: await abandonRunningBuilds(req.payload) }, 200)

/** POST /api/publishing/builds/:id/finish — the runner reports the result of a build it claimed. */
const finish: PayloadHandler = async (req) => {
  const refused = refuseUnlessRunner(req)
  if (refused) return refused
  const body = finishBody.safeParse(await readJson(req))
  if (!body.success) return json({ errors: body.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) }, 400)
  const id = String(req.routeParams?.id ?? '')
  const build = await finishBuild(req.payload, /^\d+$/.test(id) ? Number(id) : id, body.data)
  return build ? json({ build }, 200) : json({ errors: [{ message: `No running build ${id}.` }] }, 404)
}

/** Build status for the admin and the runner, and drafts for the preview server (README "Publishing"). */
export const publishingEndpoints: Endpoint[] = [
  { path: '/publishing/status', method: 'get', handler: status },
  { path: '/publishing/rebuild', method: 'post', handler: rebuild },
  { path: '/publishing/claim', method: 'post', handler: claim },
  { path: '/publishing/recover', method: 'post', handler: recover },
  { path: '/publishing/builds/:id/finish', method: 'post', handler: finish },
  { path: '/publishing/preview/:collection/:id', method: 'get', handler: previewDraft },
]
