import { generateIncidents, type GeneratedIncident } from '../incidents/generate'
import type { AvmpSourceIncident } from './codec'
import type { AvmpDetailSource } from './details'

/** Generated incidents with CMS ids, as the site build reads them (test helper, not exported). */
export type TestIncident = AvmpSourceIncident & AvmpDetailSource & GeneratedIncident & { id: number }

export function testIncidents(count: number, seed: number, from = '2019-01-01', to = '2025-12-31'): TestIncident[] {
  return generateIncidents({ count, seed, from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T23:59:59Z`) }).map((x, i) => ({ ...x, id: i + 1 }))
}
