/**
 * The origins allowed to call the CMS with credentials (`csrf`) and to read its answers from a
 * browser (`cors`): the CMS itself and the public site(s). Never empty and never `*`: Payload
 * treats an empty `csrf` list as "accept the cookie from any site", and `*` in `cors` lets any
 * site read API answers.
 * @example allowedOrigins({ CMS_URL: 'https://cms.example.org/', SITE_URL: ['https://example.org/en/'] })
 * // ['https://cms.example.org', 'https://example.org']
 */
export function allowedOrigins({ CMS_URL, SITE_URL }: { CMS_URL: string; SITE_URL: readonly string[] }): string[] {
  const origins = [...new Set([CMS_URL, ...SITE_URL].map((u) => new URL(u).origin))]
  // A URL without a real origin (file:, data:…) has the origin "null", which would match sandboxed frames.
  const bad = origins.filter((o) => o === 'null' || o.includes('*') || !/^https?:\/\//.test(o))
  if (origins.length === 0 || bad.length > 0) {
    throw new Error(`CMS_URL and SITE_URL must be http(s) origins; refused: ${bad.join(', ') || '(none given)'}`)
  }
  return origins
}
