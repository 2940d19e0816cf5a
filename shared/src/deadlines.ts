/** Vacancies and procurement notices: open until their deadline passes, judged at build time. */

export interface WithDeadline {
  deadline: string
}

/** Open while the deadline (a date-time) has not passed at `now`. */
export function isOpen(item: WithDeadline, now: Date): boolean {
  const deadline = new Date(item.deadline).getTime()
  return Number.isFinite(deadline) && deadline >= now.getTime()
}

/**
 * Open items soonest deadline first; closed ones of the last `closedWithinDays` days newest first
 * (older closed notices drop off the site).
 */
export function splitByDeadline<T extends WithDeadline>(items: readonly T[], now: Date, closedWithinDays = 365): { open: T[]; closed: T[] } {
  const cutoff = now.getTime() - closedWithinDays * 86_400_000
  const open = items.filter((i) => isOpen(i, now)).sort((a, b) => a.deadline.localeCompare(b.deadline))
  const closed = items
    .filter((i) => !isOpen(i, now) && new Date(i.deadline).getTime() >= cutoff)
    .sort((a, b) => b.deadline.localeCompare(a.deadline))
  return { open, closed }
}
