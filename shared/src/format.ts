/**
 * English number and date formatting without `Intl`. In a browser the first `Intl` formatter of a
 * page initialises ICU, which took 60–90 ms of main-thread time in Chromium on the monitor's pages
 * (more than the whole data decode); these few formats are all the monitor needs. The output
 * equals `Intl` with the `en-GB` locale and the UTC time zone (tested against it).
 */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** `48448` → "48,448"; `decimals` fixes the digits after the point ("1,234.50"). */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value)
  const fixed = Math.abs(value).toFixed(decimals)
  const [whole = '0', fraction] = fixed.split('.')
  // toFixed can round a tiny negative number to zero: "-0" is not shown.
  const negative = value < 0 && Number(fixed) !== 0
  return `${negative ? '-' : ''}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`
}

const monthOf = (iso: string): { year: string; month: number; day: number } => ({
  year: String(Number(iso.slice(0, 4))),
  month: Number(iso.slice(5, 7)) - 1,
  day: Number(iso.slice(8, 10)),
})

/** "2024-09" or "2024-09-14" → "September 2024" (`long`) or "Sept 2024" (`short`, as en-GB abbreviates). */
export function formatMonth(iso: string, style: 'long' | 'short' = 'long'): string {
  const { year, month } = monthOf(iso)
  return `${monthName(month, style)} ${year}`
}

/** "2024-09-14" → "14 September 2024" (`long`) or "14 Sept 2024" (`short`). */
export function formatDate(iso: string, style: 'long' | 'short' = 'long'): string {
  const { year, month, day } = monthOf(iso)
  return `${day} ${monthName(month, style)} ${year}`
}

/** en-GB abbreviations: the first three letters, except "Sept" (what `Intl` gives for en-GB). */
function monthName(month: number, style: 'long' | 'short'): string {
  const name = MONTH_NAMES[month]
  if (!name) throw new RangeError(`no month ${month + 1}`)
  if (style === 'long') return name
  return name === 'September' ? 'Sept' : name.slice(0, 3)
}
