import { describe, expect, it } from 'vitest'

import { LANGUAGES } from './content'
import { languageTag } from './languageTag'

describe.each([
  ['bcms', 'Zakon o oružju', 'sr-Latn'],
  ['bcms', 'Закон о оружју и муницији', 'sr-Cyrl'],
  ['bcms', '', 'sr-Latn'],
  ['sq', 'Ligji për armët', 'sq'],
  ['mk', 'Закон за оружјето', 'mk'],
  ['uk', 'Закон України', 'uk'],
  ['ru', 'Закон Республики Беларусь', 'ru'],
  ['ro', 'Legea privind armele', 'ro'],
  ['en', 'Law on Weapons', 'en'],
  [null, 'Law', 'und'],
  ['xx', 'Law', 'und'],
])('languageTag(%j, %j)', (language, text, expected) => {
  it(`is ${expected}`, () => expect(languageTag(language, text)).toBe(expected))
})

describe('languageTag', () => {
  it('gives every vocabulary language a well-formed tag', () => {
    for (const { value } of LANGUAGES) expect(languageTag(value)).toMatch(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/)
  })
})
