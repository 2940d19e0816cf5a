/**
 * Spreadsheet import and export times on a fresh temporary SQLite database. Prints figures;
 * asserts nothing.
 *   npm run bench:import                    # 1,000 and 10,000 rows
 *   npx tsx bench/import.ts --rows 300,5000
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000,10000' }, help: { type: 'boolean', short: 'h' } } })
if (values.help) {
  console.log('Usage: tsx bench/import.ts [--rows 1000,10000]\n  For each size: parse, dry run, import (all new), re-import (no change), import with every row changed, export CSV and XLSX, re-import the XLSX.')
  process.exit(0)
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'db.sqlite')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'

const { getPayload } = await import('payload')
const { default: config } = await import('../cms/src/payload.config')
const { importIncidents } = await import('../cms/src/collections/Incidents/spreadsheet/importIncidents')
const { loadIncidentRecords } = await import('../cms/src/collections/Incidents/spreadsheet/exportIncidents')
const { readSheetFile, writeSheetFile } = await import('../cms/src/collections/Incidents/spreadsheet/sheetFile')
const { demoRecords, incidentsToCsv, readIncidentSheet, sheetFromCsv } = await import('@clearinghouse/shared/incidents/spreadsheet')

const payload = await getPayload({ config, key: 'bench-import' })
const seconds = async <T>(run: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now()
  const result = await run()
  return [result, (performance.now() - t) / 1000]
}

console.log(`Import benchmark on ${os.cpus().length} cores (load ${os.loadavg()[0]!.toFixed(1)}), Node ${process.versions.node}, SQLite in ${dir}\n`)
console.log('rows    step                                  seconds   rows/s')
const line = (rows: number, step: string, s: number, perRow = true) =>
  console.log(`${String(rows).padStart(6)}  ${step.padEnd(36)} ${s.toFixed(2).padStart(8)} ${perRow ? String(Math.round(rows / s)).padStart(8) : ''}`)

for (const count of values.rows.split(',').map(Number)) {
  const records = demoRecords(count, count, `B${count}`)
  const csv = incidentsToCsv(records)
  const [, parse] = await seconds(() => readIncidentSheet(sheetFromCsv(csv)))
  line(count, `parse + check cells (${(csv.length / 2 ** 20).toFixed(1)} MiB CSV)`, parse)
  const [, dry] = await seconds(() => importIncidents(payload, sheetFromCsv(csv), { dryRun: true }))
  line(count, 'dry run (all new)', dry)
  const [created, create] = await seconds(() => importIncidents(payload, sheetFromCsv(csv)))
  line(count, `import, ${created.created} created`, create)
  const [again, reimport] = await seconds(() => importIncidents(payload, sheetFromCsv(csv)))
  line(count, `re-import, ${again.unchanged} unchanged`, reimport)
  const changed = incidentsToCsv(records.map((r) => ({ ...r, description: `${r.description} (revised)` })))
  const [updated, update] = await seconds(() => importIncidents(payload, sheetFromCsv(changed)))
  line(count, `import, ${updated.updated} updated`, update)
  const [all, load] = await seconds(() => loadIncidentRecords(payload))
  line(all.length, 'export: load records', load)
  const [, csvOut] = await seconds(() => writeSheetFile(all, 'csv'))
  line(all.length, 'export: write CSV', csvOut)
  const [xlsx, xlsxOut] = await seconds(() => writeSheetFile(all, 'xlsx'))
  line(all.length, `export: write XLSX (${(xlsx.byteLength / 2 ** 20).toFixed(1)} MiB)`, xlsxOut)
  const [sheet, xlsxIn] = await seconds(() => readSheetFile(xlsx))
  line(all.length, 'read XLSX', xlsxIn)
  const [same, xlsxImport] = await seconds(() => importIncidents(payload, sheet))
  line(all.length, `re-import XLSX, ${same.unchanged} unchanged`, xlsxImport)
  console.log('')
}

await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
