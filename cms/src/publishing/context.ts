/**
 * `req.context` flags the publishing hooks honour. The seed and bulk imports set them: thousands of
 * writes that nobody made by hand need neither an audit entry each nor a rebuild each (the import
 * itself asks for one rebuild at the end, or the next change does).
 */
export const SKIP_AUDIT = 'skipAudit'
export const SKIP_SITE_REBUILD = 'skipSiteRebuild'

/** For Local API calls that must leave no trace in the audit log and must not mark the site stale. */
export const QUIET_CONTEXT = { [SKIP_AUDIT]: true, [SKIP_SITE_REBUILD]: true } as const
