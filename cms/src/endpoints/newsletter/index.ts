import type { Endpoint } from 'payload'

import { challenge } from './challengeRoute'
import { confirm } from './confirm'
import { exportCsv } from './exportCsv'
import { preflight } from './http'
import { preferencesPage, savePreferences } from './preferences'
import { subscribe } from './subscribe'
import { unsubscribe, unsubscribePage } from './unsubscribe'

/**
 * The public newsletter API (README "Newsletter"). Custom endpoints are public: each handler does
 * its own origin check, CORS, rate limiting and validation.
 */
export const newsletterEndpoints: Endpoint[] = [
  { path: '/newsletter/subscribe', method: 'post', handler: subscribe },
  { path: '/newsletter/subscribe', method: 'options', handler: preflight('POST, OPTIONS') },
  { path: '/newsletter/challenge', method: 'get', handler: challenge },
  { path: '/newsletter/challenge', method: 'options', handler: preflight('GET, OPTIONS') },
  { path: '/newsletter/confirm', method: 'get', handler: confirm },
  { path: '/newsletter/unsubscribe', method: 'get', handler: unsubscribePage },
  { path: '/newsletter/unsubscribe', method: 'post', handler: unsubscribe },
  { path: '/newsletter/preferences', method: 'get', handler: preferencesPage },
  { path: '/newsletter/preferences', method: 'post', handler: savePreferences },
  { path: '/newsletter/subscribers.csv', method: 'get', handler: exportCsv },
]
