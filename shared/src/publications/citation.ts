export interface CitationInput {
  /** The corporate author and publisher. */
  readonly author: string
  /** ISO date of publication; only the year is cited. */
  readonly date: string
  readonly title: string
  /** Place of publication; left out when empty. */
  readonly place?: string | null
  /** Absolute URL of the publication's page. */
  readonly url: string
}

/** End a citation element with a full stop unless it already ends with punctuation. */
const sentence = (text: string): string => {
  const t = text.trim()
  return /[.!?]$/.test(t) ? t : `${t}.`
}

/**
 * A ready-to-copy citation: author (year). Title. Place. URL
 * @example publicationCitation({ author: 'SEE Clearinghouse', date: '2025-03-01', title: 'Study', place: 'Belgrade', url: 'https://x.org/p/' })
 * // 'SEE Clearinghouse (2025). Study. Belgrade. https://x.org/p/'
 */
export function publicationCitation({ author, date, title, place, url }: CitationInput): string {
  const parts = [`${author.trim()} (${date.slice(0, 4)}).`, sentence(title)]
  if (place?.trim()) parts.push(sentence(place))
  parts.push(url)
  return parts.join(' ')
}

/**
 * The town of a postal address written "street, postcode town, country".
 * @example placeFromAddress('Bulevar Zorana Đinđića 64, 11000 Belgrade, Serbia') // 'Belgrade'
 */
export function placeFromAddress(address: string | null | undefined): string | null {
  const parts = (address ?? '').split(',').map((p) => p.trim()).filter(Boolean)
  if (parts.length < 2) return null
  const town = (parts.at(-2) ?? '').replace(/^[A-Z]{0,2}-?\d[\d\s-]*\s+/, '').trim()
  return town || null
}
