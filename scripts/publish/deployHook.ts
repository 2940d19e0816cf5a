/**
 * Deploy-hook mode: instead of building here, tell the hosting service to build (Netlify and
 * Cloudflare Pages build hooks, a CI pipeline's trigger URL). They accept a bare POST; the JSON body
 * says why, for services that read it.
 */
export interface HookOutcome {
  ok: boolean
  status: number | null
  output: string
  ms: number
}

export async function callDeployHook(url: string, body: { build: string | number; trigger: string; changes: number | null }, timeoutMs = 30_000): Promise<HookOutcome> {
  const started = Date.now()
  // The URL usually carries a secret token: logs show the origin only.
  const shown = new URL(url).origin
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'clearinghouse-publishing-runner' },
      body: JSON.stringify({ source: 'clearinghouse-cms', ...body }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = (await res.text()).slice(0, 2_000)
    return { ok: res.ok, status: res.status, output: `POST ${shown}/… → ${res.status} ${res.statusText}\n${text}`.trim(), ms: Date.now() - started }
  } catch (error) {
    return { ok: false, status: null, output: `POST ${shown}/… failed: ${error instanceof Error ? error.message : String(error)}`, ms: Date.now() - started }
  }
}
