/** Helpers for canonical URLs and schema.org JSON-LD, so every template says the same things. */
import { SITE_URL } from '../env'

export interface Crumb {
  label: string
  href: string
}

export const ORGANISATION_NAME = 'SALW Clearinghouse for South East and East Europe'

/** Absolute URL on the public site for a site path. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${SITE_URL}/`).toString()
}

export function breadcrumbJsonLd(crumbs: Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: absoluteUrl(c.href) })),
  }
}

export function organisationJsonLd(contact: { organisation: string; address: string; phone?: string | null; email?: string | null }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: contact.organisation,
    url: absoluteUrl('/'),
    logo: absoluteUrl('/favicon.svg'),
    address: contact.address,
    ...(contact.phone ? { telephone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "5 March 2025" */
export function formatDate(iso: string | null | undefined): string {
  return iso ? DATE_FORMAT.format(new Date(iso)) : ''
}

/** "March 2025" from "2025-03" or an ISO date. */
export function formatMonth(isoMonth: string): string {
  return MONTH_FORMAT.format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`))
}

/** "1.2 MB" */
export function formatBytes(bytes: number | null | undefined): string {
  if (!bytes) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
