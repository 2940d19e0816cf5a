/** Letters that Unicode decomposition does not reduce to ASCII: Latin specials and Cyrillic. */
const LATIN: Record<string, string> = { đ: 'dj', ß: 'ss', æ: 'ae', ø: 'o', ł: 'l' }
// Cyrillic of Serbian, Macedonian, Ukrainian, Belarusian and Russian, romanised for URLs.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', ѓ: 'gj', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z', ѕ: 'dz',
  и: 'i', і: 'i', ї: 'yi', й: 'y', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', ћ: 'c', ќ: 'kj', у: 'u', ў: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
}
const MAP: Record<string, string> = { ...LATIN, ...CYRILLIC }

/** URL slug: ASCII, lowercase, hyphen-separated, at most 80 characters, never empty. */
export function slugify(input: string): string {
  const s = [...input.toLowerCase()].map((c) => MAP[c] ?? c).join('').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  const out = s.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/g, '')
  return out || 'item'
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueSlug(base: string, taken: (s: string) => boolean): string {
  if (!taken(base)) return base
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`
}
