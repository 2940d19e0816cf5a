import { useEffect, useSyncExternalStore } from 'react'

import { ensureData, getState, subscribe, type AvmpState } from '../../lib/avmp/store'

/** The monitor's shared state in a React island; starts loading the data on first use. */
export function useAvmp(): AvmpState {
  const state = useSyncExternalStore(subscribe, getState, getState)
  useEffect(() => {
    // Errors are shown through `state.status`/`state.error`; nothing else to do here.
    ensureData().catch(() => undefined)
  }, [])
  return state
}
