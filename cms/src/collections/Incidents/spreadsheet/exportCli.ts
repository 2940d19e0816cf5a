/**
 * `npm run export -- --out FILE.csv|FILE.xlsx [--format csv|xlsx]`: every incident in the import's
 * columns, so the file can be edited and imported again.
 */
import fs from 'node:fs'
import path from 'node:path'

import { parseCommandLine, runCommand, usageError, withPayload } from '../../../cli/command'

const USAGE = `Usage: npm run export -- --out FILE.csv|FILE.xlsx [options]

Writes every incident (not the trash) to a spreadsheet with the columns \`npm run import\` reads:
the public data dictionary's columns plus the staff-only verified flag. Edit it and import it
again; rows you did not touch are left alone.

Options:
  --out FILE        where to write; "-" writes CSV to standard output
  --format FORMAT   csv or xlsx (default: from the file name, else csv)
  -h, --help        show this help

Environment: DATABASE_URI (SQLite file by default), PAYLOAD_SECRET.`

const fail = (message: string): never => usageError(USAGE, message)

function parse() {
  const { values } = parseCommandLine(USAGE, {
    options: { out: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  })
  if (values.help) return { help: true as const }
  if (!values.out) return fail('Say where to write with --out FILE.')
  const format = values.format ?? (/\.xlsx$/i.test(values.out) ? 'xlsx' : 'csv')
  if (format !== 'csv' && format !== 'xlsx') fail('--format must be csv or xlsx.')
  if (values.out === '-' && format !== 'csv') fail('Only CSV can go to standard output.')
  return { help: false as const, out: values.out, format: format as 'csv' | 'xlsx' }
}

runCommand('Export failed', async () => {
  const args = parse()
  if (args.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const { env } = await import('../../../env.js')
  const { loadIncidentRecords } = await import('./exportIncidents.js')
  const { writeSheetFile } = await import('./sheetFile.js')
  await withPayload(async (payload) => {
    const started = performance.now()
    const records = await loadIncidentRecords(payload)
    const body = await writeSheetFile(records, args.format)
    if (args.out === '-') {
      process.stdout.write(body)
      return
    }
    // npm runs the script in cms/: a relative path means relative to where the command was typed.
    const file = path.resolve(env.INIT_CWD ?? process.cwd(), args.out)
    fs.writeFileSync(file, body)
    process.stderr.write(`${records.length.toLocaleString('en-GB')} incidents written to ${file} (${args.format.toUpperCase()}, ${((performance.now() - started) / 1000).toFixed(2)} s).\n`)
  })
})
