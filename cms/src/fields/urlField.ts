import type { TextField } from 'payload'

/** A web address; `httpsOnly` for links we publish as our own recommendations. */
export const urlField = (name: string, opts: { label?: string; httpsOnly?: boolean; admin?: TextField['admin'] } = {}): TextField => {
  const pattern = opts.httpsOnly ? /^https:\/\/\S+$/ : /^https?:\/\/\S+$/
  const message = opts.httpsOnly ? 'The link must start with https://.' : 'The link must start with http:// or https://.'
  return {
    name,
    ...(opts.label ? { label: opts.label } : {}),
    type: 'text',
    maxLength: 500,
    validate: (v: string | null | undefined) => (!v || pattern.test(v) ? true : message),
    ...(opts.admin ? { admin: opts.admin } : {}),
  }
}
