import { generateIncidents } from '../generate'
import { incidentRecordOf, type IncidentData, type IncidentRecord } from '../record'

/**
 * Realistic, valid incident records (the demo generator's, 2021–2025), for tests and benchmarks.
 * With `idPrefix` the external IDs are `<prefix>-00001`…, so batches from different seeds never clash.
 * @example incidentsToCsv(demoRecords(300, 1, 'WEEK')) // a week's import file
 */
export function demoRecords(count: number, seed: number, idPrefix?: string): IncidentRecord[] {
  const incidents = generateIncidents({ count, seed, from: new Date('2021-01-01T00:00:00Z'), to: new Date('2025-12-31T00:00:00Z') })
  // The generator types jurisdictions as any of the nine but draws only the monitor's seven.
  return incidents.map((x, i) => {
    const record = incidentRecordOf(x as IncidentData)
    return idPrefix ? { ...record, externalId: `${idPrefix}-${String(i + 1).padStart(5, '0')}` } : record
  })
}
