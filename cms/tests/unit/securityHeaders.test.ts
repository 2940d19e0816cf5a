import { describe, expect, it } from 'vitest'

import { adminContentSecurityPolicy, securityHeaders, uploadResponseHeaders } from '../../src/security/headers'

const rule = (production: boolean, source: string) => securityHeaders({ production }).find((r) => r.source === source)
const value = (production: boolean, source: string, key: string) =>
  rule(production, source)?.headers.find((h) => h.key === key)?.value

describe('securityHeaders', () => {
  it('sends HSTS from production builds only (development runs on plain http://localhost)', () => {
    expect(value(true, '/:path*', 'Strict-Transport-Security')).toMatch(/^max-age=63072000/)
    expect(value(false, '/:path*', 'Strict-Transport-Security')).toBeUndefined()
  })

  it('allows eval and the hot-reload socket in development only', () => {
    expect(adminContentSecurityPolicy(true)).not.toMatch(/unsafe-eval|ws:/)
    expect(adminContentSecurityPolicy(false)).toMatch(/script-src [^;]*'unsafe-eval'/)
    expect(adminContentSecurityPolicy(false)).toMatch(/connect-src [^;]*ws:/)
  })

  it.each([true, false])('forbids framing and plugins (production = %s)', (production) => {
    const csp = adminContentSecurityPolicy(production)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
  })

  it('gives the newsletter pages, listed last so they win, no-referrer and a script-free policy', () => {
    const rules = securityHeaders({ production: true })
    expect(rules.at(-1)?.source).toBe('/api/newsletter/:path*')
    expect(value(true, '/api/newsletter/:path*', 'Referrer-Policy')).toBe('no-referrer')
    expect(value(true, '/api/newsletter/:path*', 'Content-Security-Policy')).toMatch(/^default-src 'none'/)
  })
})

describe('uploadResponseHeaders', () => {
  const serve = uploadResponseHeaders(['image/png', 'application/pdf'])

  it.each([
    ['image/png', 'inline'],
    ['application/pdf', 'inline'],
    ['APPLICATION/PDF; charset=binary', 'inline'],
    ['text/html', 'attachment'],
    ['image/svg+xml', 'attachment'],
    ['', 'attachment'],
  ])('%s → Content-Disposition: %s, never sniffed', (type, disposition) => {
    const headers = serve({ headers: new Headers(type ? { 'Content-Type': type } : {}) })
    expect(headers.get('content-disposition')).toBe(disposition)
    expect(headers.get('x-content-type-options')).toBe('nosniff')
  })
})
