/** Date helpers for seed content placed relative to "now" (all in UTC, so runs agree across time zones). */
import { MONTH_NAMES } from '@clearinghouse/shared/format'

const DAY = 86_400_000

/** Midnight UTC of the day `date` falls on. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

/** Noon UTC `days` days before `now` (noon keeps the calendar day stable in any European time zone). */
export function daysAgo(now: Date, days: number): Date {
  return new Date(startOfUtcDay(now).getTime() - days * DAY + 12 * 3_600_000)
}

/** Noon UTC `days` days after `now`. */
export function daysFromNow(now: Date, days: number): Date {
  return daysAgo(now, -days)
}

/** The first day (noon UTC) of the month `monthsBack` months before the month of `now`. */
export function monthStart(now: Date, monthsBack: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1, 12))
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY)
}

/** "March 2026". */
export function monthLabel(date: Date): string {
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}
