import { createHmac } from 'node:crypto'

import {
  AuthenticationError,
  Forbidden,
  LockedAuth,
  UnauthorizedError,
  type AfterErrorHook,
  type PayloadRequest,
} from 'payload'

import { callerAddress } from '../endpoints/newsletter/http'
import { env } from '../env'

const accountKey = createHmac('sha256', env.PAYLOAD_SECRET).update('security-log:account').digest()

/**
 * A stable pseudonym for a login name: the same address always gives the same 16 hex digits, so
 * repeated failures against one account stand out, but the log never holds the address itself.
 * Keyed with PAYLOAD_SECRET, so nobody can test a list of addresses against the log without it.
 * @example accountRef('Editor@Example.org') === accountRef(' editor@example.org')
 */
export const accountRef = (login: string): string =>
  createHmac('sha256', accountKey).update(login.trim().toLowerCase()).digest('hex').slice(0, 16)

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
 * (Payload also logs these errors itself, with their message and stack: no personal data.)
 */
export const logRefusedAccess: AfterErrorHook = ({ error, req, collection }) => {
  // Classes, not `error.name`: a production build minifies class names, and Payload's errors
  // take their name from their class.
  const original = originalError(error)
  const loginFailed = original instanceof AuthenticationError
  const locked = original instanceof LockedAuth
  if (!loginFailed && !locked && !(original instanceof Forbidden) && !(original instanceof UnauthorizedError)) return
  const common = {
    ip: callerAddress(req),
    method: req.method ?? 'GET',
    path: pathOf(req),
    ...(collection ? { collection: collection.slug } : {}),
  }
  if (loginFailed || locked) {
    const login = loginName(req)
    req.payload.logger.warn(
      {
        event: locked ? 'auth.locked' : 'auth.login_failed',
        account: login ? accountRef(login) : 'unknown',
        ...common,
      },
      locked ? 'Login refused: account locked after too many failed attempts' : 'Failed login',
    )
    return
  }
  const user = req.user ? `${req.user.collection}:${req.user.id}` : 'anonymous'
  req.payload.logger.warn(
    { event: 'access.refused', status: (original as Error & { status?: number }).status ?? 403, user, ...common },
    'Access refused',
  )
}
