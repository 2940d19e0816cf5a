import { AuthenticationError, LockedAuth, type AfterErrorHook } from 'payload'

/** GraphQL wraps the thrown error; REST passes it as it is. */
const originalError = (error: Error): Error => {
  const wrapped = (error as Error & { originalError?: unknown }).originalError
  return wrapped instanceof Error ? wrapped : error
}

/**
 * Root `afterError` hook (after `logRefusedAccess`, which still logs `auth.locked`): a locked
 * account answers exactly like a wrong password or an unknown address. Payload's own "This user
 * is locked…" message would tell an attacker that the address has an account.
 */
export const maskLockedLogin: AfterErrorHook = ({ error, req, result, graphqlResult }) => {
  if (!(originalError(error) instanceof LockedAuth)) return
  const asWrongPassword = new AuthenticationError(req.t)
  if (graphqlResult) {
    const extensions = (graphqlResult as { extensions?: Record<string, unknown> }).extensions ?? {}
    return {
      graphqlResult: { ...graphqlResult, message: asWrongPassword.message, extensions: { ...extensions, name: asWrongPassword.name } },
    }
  }
  return { response: { ...result, errors: [{ message: asWrongPassword.message }] }, status: asWrongPassword.status }
}
