/** Fetches one draft for the preview route, in exchange for the preview link's token. */
import { PREVIEW_COLLECTIONS, type PreviewCollection } from '@clearinghouse/shared/publishing'

import { env } from '../env'

export type DraftResult = { ok: true; doc: Record<string, unknown> & { id: number | string } } | { ok: false; status: number; message: string }

export const isPreviewCollection = (s: string | undefined): s is PreviewCollection => (PREVIEW_COLLECTIONS as readonly (string | undefined)[]).includes(s)

export async function fetchDraft(collection: PreviewCollection, id: string, token: string): Promise<DraftResult> {
  const url = `${env.CMS_URL.replace(/\/$/, '')}/api/publishing/preview/${collection}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(env.CMS_TIMEOUT_SECONDS * 1000) })
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
    return { ok: false, status: res.status, message: body.errors?.[0]?.message ?? `The CMS answered ${res.status}.` }
  }
  return { ok: true, doc: (await res.json()) as Record<string, unknown> & { id: number | string } }
}
