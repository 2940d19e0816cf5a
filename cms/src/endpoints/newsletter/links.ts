import { env } from '../../env'
import { SITE_ORIGINS } from './http'

const api = (path: string, token: string) => `${env.CMS_URL.replace(/\/$/, '')}/api/newsletter/${path}?token=${encodeURIComponent(token)}`

/** The links a message carries. Confirm tokens are single use; manage tokens last until resubscription. */
export const confirmUrl = (token: string) => api('confirm', token)
export const unsubscribeUrl = (manage: string) => api('unsubscribe', manage)
export const preferencesUrl = (manage: string) => api('preferences', manage)
export const unsubscribeMailto = () => `mailto:${env.EMAIL_FROM}?subject=unsubscribe`

/** A page of the public site, on its canonical origin. */
export const sitePage = (path: string) => `${SITE_ORIGINS[0] ?? ''}${path}`
