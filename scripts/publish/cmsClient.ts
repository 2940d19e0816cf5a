/** The runner's side of the CMS publishing endpoints (cms/src/endpoints/publishing). */
import { RUNNER_SECRET_HEADER, type BuildModeValue, type BuildStatusReport, type BuildSummary, type BuildTriggerValue } from '@clearinghouse/shared/publishing'

export interface CmsClient {
  status(): Promise<BuildStatusReport>
  /** At start-up: builds a previous runner process left "running" are marked failed; returns how many. */
  recover(): Promise<number>
  claim(mode: BuildModeValue, trigger: BuildTriggerValue): Promise<BuildSummary>
  finish(id: string | number, result: { status: 'succeeded' | 'failed'; durationMs: number; log?: string; release?: string }): Promise<void>
}

export function cmsClient(baseUrl: string, secret: string): CmsClient {
  const base = baseUrl.replace(/\/$/, '')
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${base}/api/publishing${path}`, {
      method,
      headers: { [RUNNER_SECRET_HEADER]: secret, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
    if (!res.ok) throw new Error(`The CMS answered ${res.status} to ${method} /api/publishing${path}: ${(await res.text()).slice(0, 300)}`)
    return (await res.json()) as T
  }
  return {
    status: () => call<BuildStatusReport>('GET', '/status'),
    recover: async () => (await call<{ abandoned: number }>('POST', '/recover', {})).abandoned,
    claim: async (mode, trigger) => (await call<{ build: BuildSummary }>('POST', '/claim', { mode, trigger })).build,
    finish: async (id, result) => {
      await call('POST', `/builds/${encodeURIComponent(String(id))}/finish`, result)
    },
  }
}
