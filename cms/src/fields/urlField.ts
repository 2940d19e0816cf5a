import type { TextField } from 'payload'

import { checkLink, LINK_MAX_LENGTH } from '@clearinghouse/shared/links'

/** A web address; `httpsOnly` for links we publish as our own recommendations. */
export const urlField = (name: string, opts: { label?: string; httpsOnly?: boolean; admin?: TextField['admin'] } = {}): TextField => ({
  name,
  ...(opts.label ? { label: opts.label } : {}),
  type: 'text',
  maxLength: LINK_MAX_LENGTH,
  validate: (v: string | null | undefined) => checkLink(v, { httpsOnly: opts.httpsOnly }),
  ...(opts.admin ? { admin: opts.admin } : {}),
})
