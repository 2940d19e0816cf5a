/**
 * The admin's spreadsheet endpoints, for editors and administrators only:
 *   POST /api/incidents/import[?dryRun=true]  multipart (field `file`, optional `dryRun`) or the raw
 *        file as the body; answers with the import report (JSON), or with progress lines and then
 *        the report when the client accepts `application/x-ndjson`.
 *   GET  /api/incidents/export?format=csv|xlsx  every incident, in the import's columns.
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { BodyError, readBodyBytes } from '../../../endpoints/body'
import { loadIncidentRecords } from './exportIncidents'
import { importIncidents, type ImportProgress, type ImportReport } from './importIncidents'
import { readSheetFile, SHEET_FORMATS, SheetFileError, writeSheetFile, type SheetFormat } from './sheetFile'

/** Largest file accepted: about 20,000 incidents as CSV, far more than a week's work. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
/** Room for the multipart envelope around the file. */
const MULTIPART_OVERHEAD = 64 * 1024

const noStore = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

const problem = (status: number, message: string, field = 'file') => Response.json({ errors: [{ field, message }] }, { status, headers: noStore })

/** 401 for anonymous callers, 403 for signed-in users who are not staff; undefined for staff. */
function refuseNonStaff(req: PayloadRequest): Response | undefined {
  if (!req.user) return problem(401, 'Sign in as an editor or administrator.', 'user')
  if (!isStaffUser(req.user)) return problem(403, 'Only editors and administrators may import or export incidents.', 'user')
  return undefined
}

const isYes = (value: unknown) => typeof value === 'string' && /^(1|true|yes|on)$/i.test(value)

/** The uploaded file's bytes and the dry-run flag, from a multipart form or a raw body. */
async function readUpload(req: PayloadRequest): Promise<{ bytes: Uint8Array; dryRun: boolean }> {
  const url = new URL(req.url ?? '', 'http://localhost')
  const queryDryRun = isYes(url.searchParams.get('dryRun'))
  const contentType = req.headers.get('content-type') ?? ''
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    return { bytes: await readBodyBytes(req, IMPORT_MAX_BYTES, 2 * IMPORT_MAX_BYTES), dryRun: queryDryRun }
  }
  const body = await readBodyBytes(req, IMPORT_MAX_BYTES + MULTIPART_OVERHEAD, 2 * IMPORT_MAX_BYTES)
  let form: FormData
  try {
    // The standard parser, over a body already limited in size.
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData()
  } catch {
    throw new BodyError(400, 'file', 'The form could not be read: send the file as multipart/form-data in a field named “file”.')
  }
  const file = form.get('file')
  if (!(file instanceof Blob)) throw new BodyError(400, 'file', 'Choose a file: the form has no field named “file”.')
  if (file.size > IMPORT_MAX_BYTES) throw new BodyError(413, 'file', `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`)
  return { bytes: new Uint8Array(await file.arrayBuffer()), dryRun: queryDryRun || isYes(form.get('dryRun')) }
}

const statusOf = (report: ImportReport) => (report.errors.length > 0 ? 422 : 200)

/** Progress lines then the report, one JSON object per line, so the admin can show a progress bar. */
function streamImport(run: (onProgress: (p: ImportProgress) => Promise<void>) => Promise<ImportReport>, req: PayloadRequest): Response {
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
      let last = 0
      const onProgress = async (p: ImportProgress) => {
        // At most ten lines a second: enough for a progress bar, not a flood.
        const now = Date.now()
        if (now - last < 100 && p.done !== p.total && p.done !== 0) return
        last = now
        send({ type: 'progress', ...p })
        // SQLite calls are synchronous under their promises: without a turn of the event loop the
        // line would leave only when the whole import is done (and other requests would wait too).
        await new Promise((resolve) => setImmediate(resolve))
      }
      run(onProgress)
        .then((report) => send({ type: 'report', status: statusOf(report), report }))
        .catch((error: unknown) => {
          req.payload.logger.error({ err: error, msg: 'Incident import failed' })
          send({ type: 'failed', status: 500, message: `The import failed and nothing was written: ${error instanceof Error ? error.message : String(error)}` })
        })
        .finally(() => controller.close())
    },
  })
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      // no-transform keeps compression from holding the lines back; proxies are asked not to buffer.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const importHandler: PayloadHandler = async (req) => {
  const refused = refuseNonStaff(req)
  if (refused) return refused
  let upload: Awaited<ReturnType<typeof readUpload>>
  let sheet: Awaited<ReturnType<typeof readSheetFile>>
  try {
    upload = await readUpload(req)
    sheet = await readSheetFile(upload.bytes)
  } catch (error) {
    if (error instanceof BodyError) return problem(error.status, error.message, error.field)
    if (error instanceof SheetFileError) return problem(400, error.message)
    throw error
  }
  const run = (onProgress?: (p: ImportProgress) => Promise<void>) => importIncidents(req.payload, sheet, { dryRun: upload.dryRun, user: req.user, onProgress })
  if (/application\/x-ndjson/i.test(req.headers.get('accept') ?? '')) return streamImport(run, req)
  const report = await run()
  return Response.json(report, { status: statusOf(report), headers: noStore })
}

export const exportHandler: PayloadHandler = async (req) => {
  const refused = refuseNonStaff(req)
  if (refused) return refused
  const requested = new URL(req.url ?? '', 'http://localhost').searchParams.get('format') ?? 'csv'
  if (!(requested in SHEET_FORMATS)) return problem(400, 'The format must be csv or xlsx.', 'format')
  const format = requested as SheetFormat
  const body = await writeSheetFile(await loadIncidentRecords(req.payload, req.user), format)
  const day = new Date().toISOString().slice(0, 10)
  return new Response(body, {
    headers: {
      ...noStore,
      'Content-Type': SHEET_FORMATS[format].contentType,
      'Content-Disposition': `attachment; filename="incidents-${day}.${SHEET_FORMATS[format].extension}"`,
    },
  })
}

export const incidentSpreadsheetEndpoints: Endpoint[] = [
  { path: '/import', method: 'post', handler: importHandler },
  { path: '/export', method: 'get', handler: exportHandler },
]
