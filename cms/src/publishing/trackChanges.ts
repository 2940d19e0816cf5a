import type { CollectionConfig, GlobalConfig } from 'payload'

import {
  recordChangeAfterChange,
  recordChangeAfterDelete,
  recordGlobalChange,
  rememberPublishedDocument,
  type VisibleToReaders,
} from '../collections/AuditLog/hooks/recordChange'

/**
 * Adds the audit-and-publish hooks to a collection the public site is built from: every write is
 * recorded in the audit log, and those readers would see mark the site stale (README "Publishing").
 * Used in payload.config.ts, so the list of tracked collections reads in one place.
 */
export function trackChanges(config: CollectionConfig, options: { visible?: VisibleToReaders } = {}): CollectionConfig {
  return {
    ...config,
    hooks: {
      ...config.hooks,
      beforeChange: [...(config.hooks?.beforeChange ?? []), rememberPublishedDocument(config)],
      afterChange: [...(config.hooks?.afterChange ?? []), recordChangeAfterChange(config, options.visible)],
      afterDelete: [...(config.hooks?.afterDelete ?? []), recordChangeAfterDelete(config, options.visible)],
    },
  }
}

export function trackGlobalChanges(config: GlobalConfig): GlobalConfig {
  return { ...config, hooks: { ...config.hooks, afterChange: [...(config.hooks?.afterChange ?? []), recordGlobalChange(config.slug)] } }
}
