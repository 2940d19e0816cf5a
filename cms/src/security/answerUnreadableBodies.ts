import type { AfterErrorHook } from 'payload'

/**
 * Root `afterError` hook: a multipart body that does not parse (cut off, no boundary, a broken
 * part header) is the caller's mistake, so it gets a 400 that says so instead of Payload's bare
 * 500. `guardApiRoute` refuses such bodies from anonymous callers before Payload sees them; staff
 * uploads are not read twice (they may be 25 MB), so theirs are recognised here, by the parser
 * (busboy, through Payload's processMultipart) that threw.
 */
export const answerUnreadableBodies: AfterErrorHook = ({ error }) => {
  const { stack, status } = error as { stack?: unknown; status?: unknown }
  if (status !== undefined && status !== 500) return
  if (typeof stack !== 'string' || !/[\\/]busboy[\\/]|processMultipart/.test(stack)) return
  return { status: 400, response: { errors: [{ message: 'The multipart body could not be read: it is incomplete or malformed. Send the whole file again.' }] } }
}
