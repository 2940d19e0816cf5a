import { createHmac } from 'node:crypto'

import type { AfterErrorHook, PayloadRequest } from 'payload'

import { callerAddress } from '../endpoints/newsletter/http'
import { env } from '../env'

/** Errors that mean "who are you?" or "not you": the ones worth a security log line. */
const LOGIN_FAILED = 'AuthenticationError'
const LOCKED = 'LockedAuth'
const REFUSED = new Set(['Forbidden', 'UnauthorizedError'])

/** The Payload error names this hook logs itself; Payload's own log line for them is switched off. */
export const LOGGED_ERROR_NAMES = [LOGIN_FAILED, LOCKED, 'Forbidden'] as const

const accountKey = createHmac('sha256', env.PAYLOAD_SECRET).update('security-log:account').digest()

/**
 * A stable pseudonym for a login name: the same address always gives the same 16 hex digits, so
 * repeated failures against one account stand out, but the log never holds the address itself.
 * Keyed with PAYLOAD_SECRET, so nobody can test a list of addresses against the log without it.
 * @example accountRef('Editor@Example.org') === accountRef(' editor@example.org')
 */
export const accountRef = (login: string): string => createHmac('sha256', accountKey).update(login.trim().toLowerCase()).digest('hex').slice(0, 16)

/** GraphQL wraps the thrown error; REST passes it as it is. */
function originalError(error: Error): Error {
  const wrapped = (error as Error & { originalError?: unknown }).originalError
  return wrapped instanceof Error ? wrapped : error
}

/** The login name sent with a failed REST login (`email` or `username`), if any. */
function loginName(req: PayloadRequest): string | undefined {
  const data = req.data as Record<string, unknown> | undefined
  const login = data?.email ?? data?.username
  return typeof login === 'string' && login !== '' ? login : undefined
}

/** The request path without its query: queries may carry tokens (newsletter links) or filters on personal data. */
const pathOf = (req: PayloadRequest): string => {
  try {
    return new URL(req.url ?? '', 'http://cms.invalid').pathname
  } catch {
    // Not a URL at all: say so rather than log the raw string, which could hold anything.
    return 'unparsable-url'
  }
}

/**
 * Root `afterError` hook: one structured `warn` line per failed login, locked account and
 * refused request (REST and GraphQL), for alerting and forensics. It never writes an e-mail
 * address, a password, a token or a query string: accounts appear as `accountRef`, users by id.
 */
export const logRefusedAccess: AfterErrorHook = ({ error, req, collection }) => {
  const original = originalError(error)
  const name = original.name
  if (name !== LOGIN_FAILED && name !== LOCKED && !REFUSED.has(name)) return
  const common = {
    ip: callerAddress(req),
    method: req.method ?? 'GET',
    path: pathOf(req),
    ...(collection ? { collection: collection.slug } : {}),
  }
  if (name === LOGIN_FAILED || name === LOCKED) {
    const login = loginName(req)
    req.payload.logger.warn(
      { event: name === LOCKED ? 'auth.locked' : 'auth.login_failed', account: login ? accountRef(login) : 'unknown', ...common },
      name === LOCKED ? 'Login refused: account locked after too many failed attempts' : 'Failed login',
    )
    return
  }
  const user = req.user ? `${req.user.collection}:${req.user.id}` : 'anonymous'
  req.payload.logger.warn({ event: 'access.refused', status: (original as Error & { status?: number }).status ?? 403, user, ...common }, 'Access refused')
}
