import { NEWSLETTER_PAGE_CSP } from '../endpoints/newsletter/page'

/** One entry of Next's `headers()`: the headers sent on every path matching `source`. */
export interface HeaderRule {
  source: string
  headers: { key: string; value: string }[]
}

/**
 * The admin's policy. Next.js streams the page's data in inline `<script>` tags and Payload's
 * admin sets inline styles, so scripts and styles allow 'unsafe-inline'; everything else —
 * scripts from other hosts, plugins, framing, form targets, `<base>` — is closed. A per-request
 * nonce would be stricter but needs a proxy on every request; `headers()` is static.
 */
export function adminContentSecurityPolicy(production: boolean): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Development only: React's dev build evaluates code for call stacks; hot reload uses a socket.
    'script-src': ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(production ? [] : ['ws:', 'wss:'])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** Browser features the CMS never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'

/** Two years, as HSTS preload lists expect; only sent by production builds (TLS in front). */
export const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * The CMS's response headers, for `headers()` in next.config.ts. Rules later in the list win
 * for the same header, so the newsletter's link pages (which must never pass their token-bearing
 * URL on in a Referer) get their own, stricter values last.
 */
export function securityHeaders({ production }: { production: boolean }): HeaderRule[] {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: adminContentSecurityPolicy(production) },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        // For browsers without CSP frame-ancestors.
        { key: 'X-Frame-Options', value: 'DENY' },
        ...(production ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
      ],
    },
    {
      source: '/api/newsletter/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: NEWSLETTER_PAGE_CSP },
        { key: 'Referrer-Policy', value: 'no-referrer' },
      ],
    },
  ]
}

/**
 * Headers for served uploads (Payload's `upload.modifyResponseHeaders`): never sniffed, and shown
 * inline only when the stored type is one of `inlineTypes` (the collection's accepted types), so a
 * file that slipped past the content checks is downloaded, never rendered as a page of the CMS.
 * @example upload: { modifyResponseHeaders: uploadResponseHeaders(['image/png', 'application/pdf']) }
 */
export function uploadResponseHeaders(inlineTypes: readonly string[]): (args: { headers: Headers }) => Headers {
  const inline = new Set(inlineTypes.map((t) => t.toLowerCase()))
  return ({ headers }) => {
    const type = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Content-Disposition', inline.has(type) ? 'inline' : 'attachment')
    return headers
  }
}
