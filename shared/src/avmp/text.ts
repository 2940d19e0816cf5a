/**
 * Search folding for place names and descriptions written in the region's Latin and Cyrillic
 * alphabets: case- and diacritic-insensitive, and Cyrillic is transliterated to Latin so
 * "Beograd", "beograd" and "Београд" find each other, as do "Niš", "nis" and "Ниш".
 */

// Serbian/Macedonian/Ukrainian/Russian/Belarusian letters to their Latin base (after lower-casing).
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', ѓ: 'gj', е: 'e', ё: 'e', є: 'je', ж: 'z', з: 'z', ѕ: 'dz',
  и: 'i', і: 'i', ї: 'ji', й: 'j', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', ћ: 'c', ќ: 'kj', у: 'u', ў: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's', щ: 'sc', ъ: '',
  ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
}
// Latin letters that do not decompose under NFD.
const LATIN: Record<string, string> = { đ: 'dj', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th' }

const SPECIAL = /[\u0400-\u04ff]|[đłøßæœıħþ]/g

/**
 * Folds text for matching: lower case, no diacritics, Cyrillic in Latin, spaces collapsed.
 * @example foldText('  Đakovica — ГЊИЛАНЕ ') // 'djakovica — gnjilane'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(SPECIAL, (ch) => CYRILLIC[ch] ?? LATIN[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The folded words of a query; a row matches when it contains every one. */
export function queryTerms(query: string): string[] {
  const folded = foldText(query)
  return folded ? [...new Set(folded.split(' '))] : []
}
