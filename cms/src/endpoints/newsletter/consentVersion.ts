import type { Payload } from 'payload'

let cached: { version: string; at: number } | undefined

/** The consent version in the site settings, re-read at most every 30 s (one read per signup is wasteful). */
export async function currentConsentVersion(payload: Payload): Promise<string> {
  if (cached && Date.now() - cached.at < 30_000) return cached.version
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  cached = { version: settings.newsletter.consentVersion, at: Date.now() }
  return cached.version
}
