import { createHash, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { RUNNER_SECRET_HEADER } from '@clearinghouse/shared/publishing'

import { isAdminUser, isStaffUser } from '../../access/roles'
import { env } from '../../env'

const digest = (s: string) => createHash('sha256').update(s).digest()

/** True when the request carries the publishing runner's secret (compared in constant time). */
export function isRunner(req: PayloadRequest): boolean {
  const given = req.headers.get(RUNNER_SECRET_HEADER)
  if (!given || !env.PUBLISH_RUNNER_SECRET) return false
  return timingSafeEqual(digest(given), digest(env.PUBLISH_RUNNER_SECRET))
}

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** 401/403/503 for callers that are not the runner, or undefined when the runner is calling. */
export function refuseUnlessRunner(req: PayloadRequest): Response | undefined {
  if (!env.PUBLISH_RUNNER_SECRET) return json({ errors: [{ message: 'Publishing is not configured: set PUBLISH_RUNNER_SECRET for the CMS and the runner.' }] }, 503)
  if (!req.headers.get(RUNNER_SECRET_HEADER)) return json({ errors: [{ message: 'Only the publishing runner may do this.' }] }, 401)
  if (!isRunner(req)) return json({ errors: [{ message: 'Wrong publishing runner secret.' }] }, 403)
  return undefined
}

export function refuseUnlessStaffOrRunner(req: PayloadRequest): Response | undefined {
  if (isRunner(req) || isStaffUser(req.user)) return undefined
  return json({ errors: [{ message: req.user ? 'Only editors and administrators see the build status.' : 'Sign in first.' }] }, req.user ? 403 : 401)
}

export function refuseUnlessAdmin(req: PayloadRequest): Response | undefined {
  if (isAdminUser(req.user)) return undefined
  return json({ errors: [{ message: req.user ? 'Only administrators may start a rebuild.' : 'Sign in first.' }] }, req.user ? 403 : 401)
}

export { json }
