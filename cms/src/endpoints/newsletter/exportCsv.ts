import type { PayloadHandler } from 'payload'

import { isAdminUser } from '../../access/roles'

/** Quotes a CSV cell; a leading = + - @ or tab is defused so spreadsheets never run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

const COLUMNS = ['email', 'lists', 'jurisdictions', 'consentVersion', 'consentGivenAt', 'sourcePage', 'confirmedAt'] as const

/**
 * GET /api/newsletter/subscribers.csv — confirmed addresses, for administrators only (the session
 * cookie or an `Authorization: JWT …` header; anything else gets 401/403 and no data).
 */
export const exportCsv: PayloadHandler = async (req) => {
  if (!req.user) return Response.json({ errors: [{ field: 'user', message: 'Sign in as an administrator.' }] }, { status: 401 })
  if (!isAdminUser(req.user)) return Response.json({ errors: [{ field: 'user', message: 'Only administrators may export subscribers.' }] }, { status: 403 })
  const { docs } = await req.payload.find({
    collection: 'subscribers',
    where: { status: { equals: 'confirmed' } },
    pagination: false,
    sort: 'email',
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  const rows = docs.map((d) =>
    [d.email, (d.lists ?? []).join(' '), (d.jurisdictions ?? []).join(' '), d.consent?.textVersion ?? '', d.consent?.givenAt ?? '', d.consent?.sourcePage ?? '', d.confirmedAt ?? ''].map(csvCell).join(','),
  )
  const csv = [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n'
  const day = new Date().toISOString().slice(0, 10)
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="subscribers-confirmed-${day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
