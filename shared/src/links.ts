import type { Check } from './incidents/validate'

/** Longest web address a document may link to. */
export const LINK_MAX_LENGTH = 500

/**
 * A web address an editor may enter: http(s), no spaces, not too long; empty is allowed (the
 * field's own `required` decides). `httpsOnly` for links we publish as our own recommendations.
 * @example checkLink('news.example.org') // 'The link must start with http:// or https://.'
 */
export function checkLink(value: string | null | undefined, options: { httpsOnly?: boolean } = {}): Check {
  if (!value) return true
  if (value.length > LINK_MAX_LENGTH) return `The link is longer than ${LINK_MAX_LENGTH} characters.`
  const pattern = options.httpsOnly ? /^https:\/\/\S+$/ : /^https?:\/\/\S+$/
  return pattern.test(value) ? true : options.httpsOnly ? 'The link must start with https://.' : 'The link must start with http:// or https://.'
}
