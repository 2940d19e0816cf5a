/**
 * Runs once when the Next.js server starts: stamp each request with its TCP peer so the
 * newsletter's rate limits key on an address the client cannot choose (see clientAddress.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { stampPeerAddresses } = await import('./endpoints/newsletter/clientAddress')
  stampPeerAddresses()
}
