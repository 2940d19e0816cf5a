import type { LANGUAGES } from './content'
import type { ValueOf } from './term'

type LanguageValue = ValueOf<typeof LANGUAGES>

/**
 * BCP 47 primary subtags for the vocabulary's languages. BCMS is one value in the vocabulary
 * (one pluricentric language with four standard names), so one tag has to speak for it: `sr`,
 * with the script added from the text itself, because acts of Serbia and Republika Srpska are
 * published in Cyrillic and the others in Latin script — and the script is what screen readers,
 * hyphenation and font fallback act on. A `Record` over the vocabulary makes a new language a
 * type error here until it gets its tag.
 */
const PRIMARY: Record<LanguageValue, string> = {
  en: 'en',
  sq: 'sq',
  bcms: 'sr',
  mk: 'mk',
  ro: 'ro',
  uk: 'uk',
  be: 'be',
  ru: 'ru',
}

const CYRILLIC = /\p{Script=Cyrillic}/u

/**
 * The BCP 47 tag for a `LANGUAGES` value, for `lang` attributes and `inLanguage`; `und`
 * (undetermined) when the language is not recorded.
 * @example languageTag('bcms', 'Закон о оружју') // 'sr-Cyrl'
 */
export function languageTag(language: string | null | undefined, text = ''): string {
  if (!language || !(language in PRIMARY)) return 'und'
  const primary = PRIMARY[language as LanguageValue]
  if (language !== 'bcms') return primary
  return `${primary}-${CYRILLIC.test(text) ? 'Cyrl' : 'Latn'}`
}
