'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** Re-renders the dashboard's build status every few seconds while changes wait or a build runs. */
export function RefreshWhileBusy({ busy, everyMs = 5_000 }: { busy: boolean; everyMs?: number }): null {
  const router = useRouter()
  useEffect(() => {
    if (!busy) return
    const timer = setInterval(() => router.refresh(), everyMs)
    return () => clearInterval(timer)
  }, [busy, everyMs, router])
  return null
}
