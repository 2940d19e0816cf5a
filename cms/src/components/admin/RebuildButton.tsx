'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useState } from 'react'

/**
 * "Rebuild now" for administrators: queues a manual build (POST /api/publishing/rebuild); the
 * publishing runner picks it up within seconds. The status above refreshes itself.
 */
export function RebuildButton({ api, queued }: { api: string; queued: boolean }): React.ReactElement {
  const router = useRouter()
  const [state, setState] = useState<'idle' | 'sending' | 'queued' | 'error'>(queued ? 'queued' : 'idle')
  const [message, setMessage] = useState('')
  async function rebuild() {
    setState('sending')
    try {
      const res = await fetch(`${api}/publishing/rebuild`, { method: 'POST', credentials: 'include' })
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { errors?: { message: string }[] }
        throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`)
      }
      setState('queued')
      router.refresh()
    } catch (error) {
      setState('error')
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <p className="build-status__actions">
      <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => void rebuild()} disabled={state === 'sending' || state === 'queued'}>
        {state === 'queued' ? 'Rebuild requested' : state === 'sending' ? 'Requesting…' : 'Rebuild now'}
      </Button>
      <span role="status" className="build-status__note">
        {state === 'queued' && ' The site will be rebuilt within a few seconds.'}
        {state === 'error' && ` Could not request a rebuild: ${message}`}
      </span>
    </p>
  )
}
