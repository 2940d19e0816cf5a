/**
 * Measures the monitor's data layer at scale: file sizes per incident (gzip and brotli, core
 * columns alone and with ids) and encode/decode/filter/aggregate times. Prints figures only.
 *   npx tsx shared/scripts/codec-bench.ts [--count 50000] [--seed 1]
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { parseArgs } from 'node:util'

import { generateIncidents } from '../src/incidents/generate'
import {
  applyFilter,
  countByContext,
  countByJurisdiction,
  countByMonth,
  countByWeaponType,
  decodeDetails,
  decodeIncidents,
  emptyFilter,
  encodeDetails,
  encodeIncidents,
  monthAtAGlance,
  parseFilterQuery,
  perpetratorsBySex,
  ratesPer100k,
  readHeader,
  toCsv,
  victimsByOutcomeAndSex,
} from '../src/avmp'

const { values } = parseArgs({ options: { count: { type: 'string', default: '50000' }, seed: { type: 'string', default: '1' } } })
const count = Number(values.count)
const incidents = generateIncidents({ count, seed: Number(values.seed), from: new Date('2016-01-01T00:00:00Z'), to: new Date('2025-12-31T23:59:59Z') }).map((x, i) => ({ ...x, id: i + 1 }))

/** Median of `runs` timings after `warm` warm-up runs (the browser decodes once, but JIT-warm code is what we compare). */
function time(label: string, fn: () => unknown, runs = 15, warm = 3): number {
  for (let i = 0; i < warm; i++) fn()
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    t.push(performance.now() - start)
  }
  t.sort((a, b) => a - b)
  const median = t[Math.floor(t.length / 2)]!
  console.log(`  ${label.padEnd(44)} ${median.toFixed(2).padStart(8)} ms  (min ${t[0]!.toFixed(2)})`)
  return median
}

const gz = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).length
const br = (b: Uint8Array | string) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
const per = (bytes: number) => (bytes / count).toFixed(2).padStart(6)

const coldStart = performance.now()
const file = encodeIncidents(incidents)
const coldEncode = performance.now() - coldStart
const header = readHeader(file)
const dataStart = (16 + new DataView(file.buffer, file.byteOffset).getUint32(12, true) + 7) & ~7
const slice = (names: (name: string) => boolean): Uint8Array => {
  // Concatenate the header and the chosen columns as they lie in the file.
  const parts = [file.subarray(0, dataStart)]
  header.columns.forEach((c, i) => {
    const end = header.columns[i + 1]?.offset ?? file.length - dataStart
    if (names(c.name)) parts.push(file.subarray(dataStart + c.offset, dataStart + end))
  })
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
const core = slice((n) => n !== 'id' && n !== 'externalId')
const details = encodeDetails(incidents)

console.log(`AVMP data layer, ${count.toLocaleString('en')} generated incidents, Node ${process.versions.node}\n`)
console.log('Sizes (bytes per incident)                   raw     gzip   brotli')
console.log(`  core columns + header (no ids)          ${per(core.length)}   ${per(gz(core))}   ${per(br(core))}`)
console.log(`  whole core file (with id, externalId)   ${per(file.length)}   ${per(gz(file))}   ${per(br(file))}`)
console.log(`  details (descriptions, sources) JSON    ${per(details.length)}   ${per(gz(details))}   ${per(br(details))}`)
console.log(`  for comparison: rows as JSON objects    ${per(JSON.stringify(incidents.map(({ description: _d, source: _s, verified: _v, ...x }) => x)).length)}\n`)

console.log('Column sizes after gzip (bytes per incident)')
header.columns.forEach((c, i) => {
  const end = header.columns[i + 1]?.offset ?? file.length - dataStart
  const bytes = file.subarray(dataStart + c.offset, dataStart + end)
  console.log(`  ${c.name.padEnd(30)} ${c.type.padEnd(4)} ${c.encoding.padEnd(10)} ${per(gz(bytes))}`)
})

console.log('\nTimes (median)')
console.log(`  ${'encode (first run, cold)'.padEnd(44)} ${coldEncode.toFixed(2).padStart(8)} ms`)
time('encode', () => encodeIncidents(incidents), 3, 1)
const copy = () => file.slice()
{
  const c = copy()
  const start = performance.now()
  decodeIncidents(c)
  console.log(`  ${'decode (first run, cold)'.padEnd(44)} ${(performance.now() - start).toFixed(2).padStart(8)} ms`)
}
time('decode', () => decodeIncidents(copy()))
const data = decodeIncidents(copy())
const decodedDetails = decodeDetails(details)
time('decode details', () => decodeDetails(details), 5, 1)
const everything = applyFilter(data, emptyFilter())
const filters = {
  'filter: none (all rows)': emptyFilter(),
  'filter: jurisdiction=serbia': parseFilterQuery(new URLSearchParams('jurisdiction=serbia')),
  'filter: year + 3 contexts + killed': parseFilterQuery(new URLSearchParams('year=2024&context=criminal&context=domestic-violence&context=public-dispute&outcome=killed')),
  'filter: female victims, urban, handgun': parseFilterQuery(new URLSearchParams('victimSex=female&setting=urban&weapon=handgun')),
  'filter: text "tirana" (places)': parseFilterQuery(new URLSearchParams('q=tirana')),
}
for (const [label, state] of Object.entries(filters)) time(label, () => applyFilter(data, state))
time('filter: text "wedding" (places + descriptions)', () => applyFilter(data, parseFilterQuery(new URLSearchParams('q=wedding')), decodedDetails))
time('aggregate: every chart (all rows)', () => {
  countByMonth(data, everything, { stackBy: 'context' })
  countByContext(data, everything)
  countByWeaponType(data, everything)
  countByJurisdiction(data, everything)
  victimsByOutcomeAndSex(data, everything)
  perpetratorsBySex(data, everything)
  ratesPer100k(data, everything)
})
time('aggregate: month at a glance', () => monthAtAGlance(data, { year: 2025, month: 6, jurisdiction: 'serbia' }))
const serbia = applyFilter(data, filters['filter: jurisdiction=serbia'])
time(`CSV of ${serbia.length.toLocaleString('en')} rows with details`, () => toCsv(data, serbia, decodedDetails), 3, 1)
