import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { env } from '../../../env'
import { accountRef } from '../../../security/logRefusedAccess'

/** Set on `req.context` when this hook took over the sending of a reset e-mail. */
const SEND_IN_BACKGROUND = 'sendResetMailInBackground'

/**
 * Payload sends the reset e-mail before it answers, so a known address answered about a second
 * later than an unknown one (an SMTP round trip): a timing oracle for who has an account. Here
 * Payload is told not to send it (`disableEmail`), and the e-mail goes out after the answer.
 * Calls that asked for no e-mail themselves (`disableEmail` in the Local API) are left alone.
 */
export const deferResetMail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const withEmail = args as { disableEmail?: boolean }
  if (withEmail.disableEmail) return args
  req.context[SEND_IN_BACKGROUND] = true
  return { ...args, disableEmail: true }
}

/** The link is always on CMS_URL: never built from the request's (forgeable) Host headers. */
export const resetLink = (token: string, adminRoute: string, resetRoute: string): string =>
  new URL(`${adminRoute}${resetRoute}/${token}`.replace(/\/{2,}/g, '/'), env.CMS_URL).toString()

export const sendResetMailInBackground: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  if (operation !== 'forgotPassword' || req.context[SEND_IN_BACKGROUND] !== true) return result
  delete req.context[SEND_IN_BACKGROUND]
  const token = typeof result === 'string' ? result : null
  const email = (args as { data?: { email?: unknown } }).data?.email
  // No token: no such account. Nothing is sent, and the answer is the same.
  if (!token || typeof email !== 'string') return result
  const { payload } = req
  const link = resetLink(token, payload.config.routes.admin, payload.config.admin.routes.reset)
  const to = email.trim().toLowerCase()
  setImmediate(() => {
    payload
      .sendEmail({
        to,
        subject: 'Reset your password · Clearinghouse CMS',
        html: `<p>Someone asked to reset the password of this account in the Clearinghouse CMS.</p>
<p>To choose a new password, open this link within one hour:<br><a href="${link}">${link}</a></p>
<p>If it was not you, ignore this message: your password stays as it is.</p>`,
        text: `Someone asked to reset the password of this account in the Clearinghouse CMS.\n\nTo choose a new password, open this link within one hour:\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.\n`,
      })
      .catch((error: unknown) => {
        // The address stays out of the log: its keyed pseudonym identifies the account.
        payload.logger.error({ event: 'auth.reset-mail-failed', account: accountRef(to), reason: error instanceof Error ? error.message : String(error) }, 'reset e-mail not sent')
      })
  })
  return result
}
