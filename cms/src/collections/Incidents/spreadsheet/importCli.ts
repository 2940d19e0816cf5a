/**
 * `npm run import -- FILE.csv|FILE.xlsx [--dry-run]` (from the repository root or cms/): imports
 * incidents from a spreadsheet into the configured database, all or nothing. Run with tsx and a
 * relative config import rather than `payload run`, which can exit without running (payload#17757).
 */
import fs from 'node:fs'
import { resolve } from 'node:path'

import type { RowError } from '@clearinghouse/shared/incidents/spreadsheet'

import { parseCommandLine, runCommand, usageError, withPayload } from '../../../cli/command'
import type { ImportProgress, ImportReport } from './importIncidents'

const USAGE = `Usage: npm run import -- FILE.csv|FILE.xlsx [options]

Imports firearm incidents from a spreadsheet (CSV in UTF-8, comma- or semicolon-separated, or XLSX)
whose first row names the columns, as in \`npm run export\`. Rows are matched by external_id: new IDs
are created, existing incidents updated, rows identical to what is stored are left alone. Every row
is checked first; if any has a problem, they are all listed and nothing is written. The writes run
in one transaction: an interrupted import leaves nothing behind.

Options:
  --dry-run   check and count only, write nothing
  --json      print the report as JSON (the last line of the output)
  --quiet     no progress output
  -h, --help  show this help

Exit status: 0 imported (or dry run passed), 1 problems found (nothing written), 2 the file or the
command line could not be used.

Environment: DATABASE_URI (SQLite file by default), PAYLOAD_SECRET.`

const fail = (message: string): never => usageError(USAGE, message)

function parse() {
  const { values, positionals } = parseCommandLine(USAGE, {
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  })
  if (!values.help && positionals.length !== 1) fail('Give exactly one file to import.')
  return { file: positionals[0] ?? '', dryRun: values['dry-run'], json: values.json, quiet: values.quiet, help: values.help }
}

const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text)

/** The problems as an aligned table: row, column, value, reason. */
function errorTable(errors: readonly RowError[]): string {
  const value = (e: RowError) => clip(e.value.replace(/\s+/g, ' '), 30)
  const widths = [Math.max(3, ...errors.map((e) => String(e.row).length)), Math.max(6, ...errors.map((e) => e.field.length)), Math.max(5, ...errors.map((e) => value(e).length))]
  const line = (cells: string[]) => cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i]!) : c)).join('  ')
  return [line(['Row', 'Column', 'Value', 'Problem']), line(widths.map((w) => '-'.repeat(w)).concat('-------')), ...errors.map((e) => line([String(e.row), e.field, value(e), e.reason]))].join('\n')
}

function summary(report: ImportReport): string {
  const n = (x: number) => x.toLocaleString('en-GB')
  const lines = [
    '',
    `Rows ${n(report.rows)}: ${n(report.created)} new, ${n(report.updated)} changed, ${n(report.unchanged)} unchanged (${(report.ms / 1000).toFixed(2)} s).`,
  ]
  if (report.ignoredColumns.length) lines.push(`Skipped derived columns: ${report.ignoredColumns.join(', ')}.`)
  if (report.errors.length) {
    const rows = new Set(report.errors.map((e) => e.row)).size
    const count = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? '' : 's'}`
    lines.push(`${count(report.errors.length, 'problem')} in ${count(rows, 'row')}. Nothing was written.`, '', errorTable(report.errors))
  } else if (report.dryRun) lines.push('Dry run: the file is fine. Nothing was written.')
  else lines.push(report.written ? 'Imported: committed in one transaction.' : 'Nothing to change.')
  return lines.join('\n')
}

runCommand('Import failed, nothing was written', async () => {
  const args = parse()
  if (args.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  // Imported only now: the config reads and validates the environment when it loads.
  const { env } = await import('../../../env.js')
  const { readSheetFile, SheetFileError } = await import('./sheetFile.js')
  // npm runs the script in cms/: a relative path means relative to where the command was typed.
  const path = resolve(env.INIT_CWD ?? process.cwd(), args.file)
  let sheet
  try {
    sheet = await readSheetFile(new Uint8Array(fs.readFileSync(path)))
  } catch (error) {
    if (error instanceof SheetFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') fail(`${path}: ${(error as Error).message}`)
    throw error
  }
  const { createProgress } = await import('../../../seed/progress.js')
  const { importIncidents } = await import('./importIncidents.js')
  return withPayload(async (payload) => {
    const progress = createProgress({ quiet: args.quiet })
    let bar: ReturnType<typeof progress.phase> | undefined
    let phase: ImportProgress['phase'] | undefined
    let done = 0
    const report = await importIncidents(payload, sheet, {
      dryRun: args.dryRun,
      onProgress: (p) => {
        if (p.phase !== phase) {
          bar?.done()
          phase = p.phase
          done = 0
          bar = progress.phase(p.phase, p.total)
        }
        bar?.tick(p.done - done)
        done = p.done
      },
    })
    bar?.done()
    process.stdout.write(`${args.json ? JSON.stringify(report) : summary(report)}\n`)
    return report.errors.length > 0 ? 1 : 0
  })
})
