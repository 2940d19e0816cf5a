/**
 * This build's data release (build-time only): compares the public records with the last release
 * in the registry and, when they differ, stages a new dated release that astro.config commits once
 * the build has succeeded.
 */
import path from 'node:path'

import { toRecords } from '@clearinghouse/shared/avmp'

import { BUILD_NOW, env } from '../../env'
import { fullDataset } from './fullDataset'
import { planRelease, type ReleasePlan } from './releaseRegistry'

export const releasesDir = (): string => path.resolve(env.AVMP_RELEASES_DIR)

let cached: Promise<ReleasePlan> | undefined

export function getAvmpRelease(): Promise<ReleasePlan> {
  cached ??= (async () => {
    const { data, rows, details } = await fullDataset()
    // Only a production build records a release: the dev server and the editors' preview (which
    // may see unpublished data) show one but never stage it.
    const stage = import.meta.env.PROD && !env.SITE_PREVIEW
    return planRelease(releasesDir(), toRecords(data, rows, details), BUILD_NOW, { stage })
  })()
  return cached
}
