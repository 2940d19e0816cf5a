'use client'

import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

import { csvLine } from '@clearinghouse/shared/csv'

import type { ImportReport } from '../../collections/Incidents/spreadsheet/importIncidents'

/** The import report as the endpoint sends it (type-only import: nothing of the server module reaches the browser). */
type Report = ImportReport

type Line = { type: 'progress'; phase: 'checking' | 'writing'; done: number; total: number } | { type: 'report'; report: Report } | { type: 'failed'; message: string }

type State = { kind: 'idle' } | { kind: 'running'; dryRun: boolean; phase?: string; done: number; total: number } | { kind: 'done'; report: Report } | { kind: 'failed'; message: string }

/** Rows shown in the page; the full list is a download. */
const SHOWN_ERRORS = 500

const n = (x: number) => x.toLocaleString('en-GB')

function summary(report: Report): string {
  const counts = `${n(report.created)} new, ${n(report.updated)} changed, ${n(report.unchanged)} unchanged`
  if (report.errors.length > 0) {
    const rows = new Set(report.errors.map((e) => e.row)).size
    return `Nothing was imported: ${n(report.errors.length)} ${report.errors.length === 1 ? 'problem' : 'problems'} in ${n(rows)} ${rows === 1 ? 'row' : 'rows'} of ${n(report.rows)}. Fix them in the spreadsheet and try again.`
  }
  if (report.dryRun) return `Importing this file would give ${counts}. Nothing has been written yet.`
  if (!report.written) return `Nothing to change: all ${n(report.rows)} rows match the stored incidents.`
  return `Imported ${n(report.rows)} rows: ${counts}.`
}

function downloadErrors(errors: Report['errors']): void {
  const csv = [csvLine(['row', 'field', 'value', 'reason']), ...errors.map((e) => csvLine([e.row, e.field, e.value, e.reason]))].join('\r\n')
  const url = URL.createObjectURL(new Blob([`\uFEFF${csv}\r\n`], { type: 'text/csv;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = 'incident-import-problems.csv'
  a.click()
  URL.revokeObjectURL(url)
}

/** Reads the endpoint's progress lines as they arrive and returns the last (report or failure). */
async function readLines(res: Response, onLine: (line: Line) => void): Promise<void> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    buffer += value
    let newline = buffer.indexOf('\n')
    while (newline >= 0) {
      const text = buffer.slice(0, newline).trim()
      buffer = buffer.slice(newline + 1)
      if (text) onLine(JSON.parse(text) as Line)
      newline = buffer.indexOf('\n')
    }
  }
}

/**
 * Above the Incidents list: upload a CSV or XLSX file, check it (dry run) or import it, see every
 * bad row; download all incidents in the same columns.
 */
export function IncidentImportPanel({ importUrl, exportUrl }: { importUrl: string; exportUrl: string }): React.ReactElement {
  const router = useRouter()
  const resultHeading = useRef<HTMLHeadingElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [state, setState] = useState<State>({ kind: 'idle' })
  const running = state.kind === 'running'

  async function run(dryRun: boolean) {
    if (!file) return
    setState({ kind: 'running', dryRun, done: 0, total: 0 })
    const form = new FormData()
    form.append('file', file)
    if (dryRun) form.append('dryRun', 'true')
    // Set from callbacks below, so typed as the whole union (TypeScript cannot follow the callbacks).
    let final = { kind: 'failed', message: 'The server ended the answer without a report.' } as State
    try {
      const res = await fetch(importUrl, { method: 'POST', body: form, credentials: 'include', headers: { Accept: 'application/x-ndjson' } })
      if (!(res.headers.get('content-type') ?? '').includes('ndjson')) {
        const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null
        final = { kind: 'failed', message: body?.errors?.[0]?.message ?? `The server answered ${res.status}.` }
      } else {
        await readLines(res, (line) => {
          if (line.type === 'progress') setState({ kind: 'running', dryRun, phase: line.phase, done: line.done, total: line.total })
          else if (line.type === 'report') final = { kind: 'done', report: line.report }
          else final = { kind: 'failed', message: line.message }
        })
      }
    } catch (error) {
      final = { kind: 'failed', message: `The upload failed: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.` }
    }
    setState(final)
    if (final.kind === 'done' && final.report.written) router.refresh()
    requestAnimationFrame(() => resultHeading.current?.focus())
  }

  const report = state.kind === 'done' ? state.report : undefined
  return (
    <section className="incident-spreadsheet" aria-labelledby="incident-spreadsheet-title">
      <h2 id="incident-spreadsheet-title">Import or export a spreadsheet</h2>
      <p className="incident-spreadsheet__help">
        CSV or XLSX with the columns of the export (<code>external_id</code>, <code>date</code>, <code>jurisdiction</code>, …). Rows are matched by <code>external_id</code>: new IDs are added,
        existing incidents updated, identical rows left alone. If any row has a problem, nothing is imported.
      </p>
      <div className="incident-spreadsheet__controls">
        <label className="incident-spreadsheet__file">
          <span>Spreadsheet (CSV or XLSX, up to 10 MB)</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={running}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null)
              setState({ kind: 'idle' })
            }}
          />
        </label>
        <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={!file || running} onClick={() => void run(true)}>
          <span className="btn__content">
            <span className="btn__label">Check (dry run)</span>
          </span>
        </button>
        <button type="button" className="btn btn--style-primary btn--size-medium" disabled={!file || running} onClick={() => void run(false)}>
          <span className="btn__content">
            <span className="btn__label">Import</span>
          </span>
        </button>
        <span className="incident-spreadsheet__export">
          Export all incidents:{' '}
          <a href={`${exportUrl}?format=csv`} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={`${exportUrl}?format=xlsx`} download>
            XLSX
          </a>
        </span>
      </div>

      <div role="status" aria-live="polite" className="incident-spreadsheet__status">
        {state.kind === 'running' && (
          <>
            <progress max={state.total || 1} value={state.total ? state.done : undefined} aria-label={state.dryRun ? 'Checking' : 'Importing'} />{' '}
            {state.phase === 'writing' ? `Writing ${n(state.done)} of ${n(state.total)}…` : state.dryRun ? 'Checking the file…' : 'Checking the file before writing…'}
          </>
        )}
      </div>

      {state.kind === 'failed' && (
        <div className="incident-spreadsheet__result incident-spreadsheet__result--bad">
          <h3 ref={resultHeading} tabIndex={-1}>
            Not imported
          </h3>
          <p>{state.message}</p>
        </div>
      )}

      {report && (
        <div className={`incident-spreadsheet__result ${report.errors.length ? 'incident-spreadsheet__result--bad' : 'incident-spreadsheet__result--good'}`}>
          <h3 ref={resultHeading} tabIndex={-1}>
            {report.errors.length ? 'Problems found' : report.dryRun ? 'Check passed' : 'Import finished'}
          </h3>
          <p>{summary(report)}</p>
          {report.ignoredColumns.length > 0 && <p>Skipped columns (the database works them out): {report.ignoredColumns.join(', ')}.</p>}
          {report.errors.length > 0 && (
            <>
              <table className="incident-spreadsheet__errors">
                <caption>
                  Problems by row{report.errors.length > SHOWN_ERRORS ? ` (first ${n(SHOWN_ERRORS)} of ${n(report.errors.length)})` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Column</th>
                    <th scope="col">Value</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                    <tr key={`${e.row}-${e.field}-${i}`}>
                      <td>{e.row}</td>
                      <td>
                        <code>{e.field}</code>
                      </td>
                      <td title={e.value}>{e.value.length > 60 ? `${e.value.slice(0, 60)}…` : e.value}</td>
                      <td>{e.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => downloadErrors(report.errors)}>
                <span className="btn__content">
                  <span className="btn__label">Download the list of problems (CSV)</span>
                </span>
              </button>
            </>
          )}
        </div>
      )}
    </section>
  )
}
