import { describe, expect, it } from 'vitest'

import { checkLink, LINK_MAX_LENGTH } from './links'

describe('checkLink', () => {
  it.each([
    ['https://news.example.org/a', {}, true],
    ['http://news.example.org/a', {}, true],
    ['', {}, true],
    [null, {}, true],
    ['http://news.example.org/a', { httpsOnly: true }, /must start with https:\/\//],
    ['news.example.org', {}, /must start with http:\/\/ or https:\/\//],
    ['https://news.example.org/a b', {}, /must start/],
    [`https://x.org/${'a'.repeat(LINK_MAX_LENGTH)}`, {}, /longer than 500/],
  ] as const)('%j %j', (value, options, expected) => {
    const result = checkLink(value, options)
    if (expected === true) expect(result).toBe(true)
    else expect(result).toMatch(expected)
  })
})
