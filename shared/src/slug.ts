const MAP: Record<string, string> = { đ: 'dj', Đ: 'dj', ß: 'ss', æ: 'ae', ø: 'o', ł: 'l' }

/** URL slug: ASCII, lowercase, hyphen-separated, at most 80 characters, never empty. */
export function slugify(input: string): string {
  const s = [...input].map((c) => MAP[c] ?? c).join('').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  const out = s.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/g, '')
  return out || 'item'
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueSlug(base: string, taken: (s: string) => boolean): string {
  if (!taken(base)) return base
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`
}
