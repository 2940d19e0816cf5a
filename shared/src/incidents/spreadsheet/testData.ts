import { generateIncidents } from '../generate'
import { incidentRecordOf, type IncidentData, type IncidentRecord } from '../record'

/** Realistic, valid incident records for tests: the demo generator's output, normalised. */
export function testRecords(count: number, seed: number): IncidentRecord[] {
  const incidents = generateIncidents({ count, seed, from: new Date('2020-01-01T00:00:00Z'), to: new Date('2025-12-31T00:00:00Z') })
  // The generator types jurisdictions as any of the nine but draws only the monitor's seven.
  return incidents.map((x) => incidentRecordOf(x as IncidentData))
}
