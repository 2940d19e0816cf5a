import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { csvLine } from '@clearinghouse/shared/csv'
import { incidentRecordOf, type IncidentRecord } from '@clearinghouse/shared/incidents'
import { demoRecords, incidentsToCsv, sheetFromCsv, type SheetRow } from '@clearinghouse/shared/incidents/spreadsheet'
import type { Incident } from '@clearinghouse/shared/payload-types'

import { CMS_DIR, ROOT } from '../../../scripts/lib/cmsBuild'
import { importIncidents, type ImportReport } from '../../src/collections/Incidents/spreadsheet/importIncidents'
import { readSheetFile } from '../../src/collections/Incidents/spreadsheet/sheetFile'
import { startTestCms, type TestCms } from '../helpers/testPayload'

const KEY = 'incident-import'
const PASSWORD = 'a-long-test-password-1'

let cms: TestCms
let payload: Payload
let config: Awaited<typeof import('../../src/payload.config')>['default']
const tokens: Record<'admin' | 'editor' | 'guest', string> = { admin: '', editor: '', guest: '' }

/** Valid, realistic incident records with their own ID prefix per batch. */
const records = (count: number, seed: number): IncidentRecord[] => demoRecords(count, seed, `T${seed}`)

/** A CSV of the records with some cells replaced: `edits[i]` applies to the i-th record. */
function csvOf(list: readonly IncidentRecord[], edits: Record<number, Record<string, string>> = {}): string {
  const [header, ...rows] = sheetFromCsv(incidentsToCsv(list))
  const columns = header!.cells
  const edited = rows.map((r, i) => columns.map((name, c) => edits[i]?.[name] ?? r.cells[c]!))
  return `${[columns, ...edited].map(csvLine).join('\r\n')}\r\n`
}

const sheet = (csv: string): SheetRow[] => sheetFromCsv(csv)

async function incidentCount(): Promise<number> {
  return (await payload.count({ collection: 'incidents', trash: true })).totalDocs
}

/** Every stored incident's record and timestamp, by external ID. */
async function snapshot(): Promise<Map<string, { record: IncidentRecord; updatedAt: string }>> {
  const { docs } = await payload.find({ collection: 'incidents', pagination: false, depth: 0, trash: true })
  return new Map((docs as Incident[]).map((d) => [d.externalId!, { record: incidentRecordOf(d), updatedAt: d.updatedAt }]))
}

/** A request through Payload's REST routing (what the Next route handlers call), no server needed. */
function call(route: string, init: RequestInit & { as?: keyof typeof tokens } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.as) headers.set('Authorization', `JWT ${tokens[init.as]}`)
  const request = new Request(`http://localhost:3000/api${route}`, { ...init, headers, ...(init.body ? { duplex: 'half' } : {}) } as RequestInit)
  return handleEndpoints({ config, request, payloadInstanceCacheKey: KEY })
}

const upload = (body: BodyInit, dryRun = false, as: keyof typeof tokens = 'editor', accept = 'application/json') => {
  const form = new FormData()
  form.append('file', body instanceof Blob ? body : new Blob([body as string]), 'incidents.csv')
  if (dryRun) form.append('dryRun', 'true')
  return call('/incidents/import', { method: 'POST', body: form, as, headers: { Accept: accept } })
}

async function deleteAllIncidents(): Promise<void> {
  await payload.delete({ collection: 'incidents', where: { id: { exists: true } }, trash: true })
}

beforeAll(async () => {
  cms = await startTestCms(KEY)
  payload = cms.payload
  config = (await import('../../src/payload.config')).default
  for (const role of ['admin', 'editor', 'guest'] as const) {
    const user = await payload.create({ collection: 'users', data: { email: `${role}@example.org`, password: PASSWORD, name: role, role: role === 'guest' ? 'editor' : role } })
    if (role === 'guest') {
      // A signed-in account without a staff role (a role this system may add later, e.g. a viewer).
      const client = (payload.db as unknown as { client: { execute(s: { sql: string; args: unknown[] }): Promise<unknown> } }).client
      await client.execute({ sql: 'UPDATE users SET role = ? WHERE id = ?', args: ['guest', user.id] })
    }
    tokens[role] = (await payload.login({ collection: 'users', data: { email: `${role}@example.org`, password: PASSWORD } })).token!
  }
}, 120_000)

afterAll(async () => cms?.close())

describe('importing incidents (Local API)', () => {
  beforeEach(deleteAllIncidents)

  it('an import with 5 bad rows among 1,000 reports exactly those 5 and writes nothing', async () => {
    const bad: Record<number, Record<string, string>> = {
      17: { weapon_type: 'cannon' },
      203: { date: '31/02/2025' },
      404: { latitude: 'north' },
      777: { victims_injured: '-1' },
      999: { jurisdiction: 'Atlantis' },
    }
    const csv = csvOf(records(1000, 1), bad)
    for (const dryRun of [true, false]) {
      const report = await importIncidents(payload, sheet(csv), { dryRun })
      // Row numbers as the spreadsheet shows them: the header is row 1, record i is row i + 2.
      expect(report.errors.map((e) => [e.row, e.field, e.value])).toEqual([
        [19, 'weapon_type', 'cannon'],
        [205, 'date', '31/02/2025'],
        [406, 'latitude', 'north'],
        [779, 'victims_injured', '-1'],
        [1001, 'jurisdiction', 'Atlantis'],
      ])
      for (const e of report.errors) expect(e.reason.length).toBeGreaterThan(10)
      expect(report).toMatchObject({ rows: 1000, written: false, created: 995 })
      expect(await incidentCount()).toBe(0)
    }
  })

  it('a valid import, then importing the same file again, changes nothing the second time', async () => {
    const csv = csvOf(records(1000, 2))
    const first = await importIncidents(payload, sheet(csv))
    expect(first).toMatchObject({ rows: 1000, created: 1000, updated: 0, unchanged: 0, errors: [], written: true })
    const before = await snapshot()
    expect(before.size).toBe(1000)

    const again = await importIncidents(payload, sheet(csv))
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1000, errors: [], written: false })
    expect(await snapshot()).toEqual(before)
  })

  it('a failure part-way through the writes leaves nothing: new rows are not there, changed rows keep their old values', async () => {
    const stored = records(100, 3)
    await importIncidents(payload, sheet(csvOf(stored)))
    const before = await snapshot()
    // 100 new incidents (written first), and the 100 stored ones with a new description each.
    const csv = csvOf([...stored, ...records(100, 4)], Object.fromEntries(stored.map((_, i) => [i, { description: `Revised account ${i}.` }])))
    const crash = new Error('simulated crash after 150 writes')
    const attempt = importIncidents(payload, sheet(csv), {
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done === 150) throw crash
      },
    })
    await expect(attempt).rejects.toBe(crash)
    expect(await snapshot()).toEqual(before)
    // And the database is usable afterwards: the same file imports in full.
    expect(await importIncidents(payload, sheet(csv))).toMatchObject({ created: 100, updated: 100, written: true })
  })

  it('readers see none of an import until it is committed', async () => {
    const seen: number[] = []
    const report = await importIncidents(payload, sheet(csvOf(records(60, 15))), {
      // A reader outside the import's transaction, as the REST API and the site build are.
      onProgress: async (p) => {
        if (p.phase === 'writing' && p.done % 20 === 0) seen.push((await payload.count({ collection: 'incidents' })).totalDocs)
      },
    })
    expect(report).toMatchObject({ created: 60, written: true })
    expect(seen).toEqual([0, 0, 0, 0])
    expect(await incidentCount()).toBe(60)
  })

  it('matches rows by external ID and changes only what the file changes', async () => {
    const stored = records(20, 5)
    await importIncidents(payload, sheet(csvOf(stored)))
    const before = await snapshot()
    const report = await importIncidents(payload, sheet(csvOf(stored, { 3: { place: 'Kraljevo' }, 7: { verified: stored[7]!.verified ? 'false' : 'true' } })))
    expect(report).toMatchObject({ created: 0, updated: 2, unchanged: 18 })
    expect(report.changes).toEqual([
      { row: 5, externalId: stored[3]!.externalId, columns: ['place'] },
      { row: 9, externalId: stored[7]!.externalId, columns: ['verified'] },
    ])
    const after = await snapshot()
    expect(after.get(stored[3]!.externalId)?.record.place).toBe('Kraljevo')
    expect(after.get(stored[7]!.externalId)?.record.verified).toBe(!stored[7]!.verified)
    // The others were not written at all.
    expect(after.get(stored[0]!.externalId)?.updatedAt).toBe(before.get(stored[0]!.externalId)?.updatedAt)
  })
})

describe('export and import over the endpoints', () => {
  let stored: IncidentRecord[]
  beforeAll(async () => {
    await deleteAllIncidents()
    // A week's work and then some: editors import about 300 incidents at a time.
    stored = records(300, 6)
    await importIncidents(payload, sheet(csvOf(stored)))
  }, 120_000)

  it('export → import round-trips as identity (CSV)', async () => {
    const res = await call('/incidents/export?format=csv', { as: 'editor' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"/)
    const exported = await res.text()
    const before = await snapshot()

    const imported = await upload(exported)
    expect(imported.status).toBe(200)
    expect((await imported.json()) as ImportReport).toMatchObject({ rows: 300, created: 0, updated: 0, unchanged: 300, errors: [], written: false })
    expect(await snapshot()).toEqual(before)
    // The records are the ones imported in the first place, and a second export is the same file.
    expect(new Map([...before].map(([id, v]) => [id, v.record]))).toEqual(new Map(stored.map((r) => [r.externalId, r])))
    expect(await (await call('/incidents/export?format=csv', { as: 'editor' })).text()).toBe(exported)
  })

  it('export → import round-trips as identity (XLSX), with the same cells as the CSV', async () => {
    const res = await call('/incidents/export?format=xlsx', { as: 'admin' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const xlsx = new Uint8Array(await res.arrayBuffer())
    const csv = await (await call('/incidents/export?format=csv', { as: 'admin' })).text()
    expect(await readSheetFile(xlsx)).toEqual(sheetFromCsv(csv))

    const imported = await upload(new Blob([xlsx]))
    expect((await imported.json()) as ImportReport).toMatchObject({ created: 0, updated: 0, unchanged: 300, errors: [] })
  })

  it('export → edit in a spreadsheet → import changes exactly the edited incidents', async () => {
    const { default: Excel } = await import('exceljs')
    const workbook = new Excel.Workbook()
    await workbook.xlsx.load(await (await call('/incidents/export?format=xlsx', { as: 'editor' })).arrayBuffer())
    const rows = workbook.getWorksheet('Incidents')!
    const header = (rows.getRow(1).values as unknown[]).map(String)
    const id = rows.getRow(11).getCell(header.indexOf('external_id')).text
    rows.getRow(11).getCell(header.indexOf('date')).value = new Date('2024-02-29T00:00:00Z')
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer())

    const report = (await (await upload(new Blob([edited]))).json()) as ImportReport
    const stored = (await snapshot()).get(id)!
    expect(report).toMatchObject({ created: 0, unchanged: 299, errors: [] })
    expect(report.changes).toEqual([{ row: 11, externalId: id, columns: expect.arrayContaining(['date']) }])
    expect(stored.record.date).toBe('2024-02-29')
  })

  it('a dry run answers with the report and writes nothing; bad rows give 422', async () => {
    const before = await snapshot()
    const csv = csvOf([...records(5, 7), ...records(2, 8)], { 5: { context: 'weapon-seizure', seizure_firearms: 'many' } })
    const dry = await upload(csv, true)
    expect(dry.status).toBe(422)
    expect(((await dry.json()) as ImportReport).errors).toEqual([{ row: 7, field: 'seizure_firearms', value: 'many', reason: 'Counts must be whole numbers, zero or more.' }])
    const good = await upload(csvOf(records(5, 7)), true)
    expect(good.status).toBe(200)
    expect((await good.json()) as ImportReport).toMatchObject({ dryRun: true, created: 5, written: false })
    expect(await snapshot()).toEqual(before)
  })

  it('streams progress lines, then the report, when asked for NDJSON', async () => {
    const res = await upload(csvOf(records(40, 9)), false, 'editor', 'application/x-ndjson')
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; phase?: string; done?: number; total?: number; report?: ImportReport })
    expect(lines.at(-1)).toMatchObject({ type: 'report', status: 200, report: { created: 40, written: true } })
    expect(lines.filter((l) => l.type === 'progress' && l.phase === 'writing').at(-1)).toMatchObject({ done: 40, total: 40 })
    await payload.delete({ collection: 'incidents', where: { externalId: { in: records(40, 9).map((r) => r.externalId) } }, trash: true })
  })

  it('takes the raw file as the body too, and refuses what it cannot read', async () => {
    const raw = (body: BodyInit, query = '') => call(`/incidents/import${query}`, { method: 'POST', body, as: 'editor', headers: { 'Content-Type': 'text/csv' } })
    expect(((await (await raw(csvOf(records(3, 10)), '?dryRun=true')).json()) as ImportReport).created).toBe(3)
    const xls = await raw(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    expect(xls.status).toBe(400)
    expect(await xls.text()).toMatch(/old Excel .xls file/)
    const latin2 = await raw(new Uint8Array([0x4e, 0x69, 0x9a, 0x0d, 0x0a]))
    expect(latin2.status).toBe(400)
    expect(await latin2.text()).toMatch(/UTF-8/)
    expect((await raw('a,b\r\n1,2\r\n')).status).toBe(422)
  })

  it('refuses files over 10 MB with 413, declared or streamed', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41)
    expect((await upload(new Blob([big]))).status).toBe(413)
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 11; i++) c.enqueue(new Uint8Array(1024 * 1024).fill(0x41))
        c.close()
      },
    })
    expect((await call('/incidents/import', { method: 'POST', body: stream, as: 'editor', headers: { 'Content-Type': 'text/csv' } })).status).toBe(413)
  })

  it.each([
    ['anonymous', undefined, 401],
    ['a signed-in user without a staff role', 'guest', 403],
  ] as const)('%s can neither import nor export', async (_who, as, status) => {
    const before = await incidentCount()
    const imported = await call('/incidents/import', { method: 'POST', body: csvOf(records(3, 11)), headers: { 'Content-Type': 'text/csv' }, ...(as ? { as } : {}) })
    expect(imported.status).toBe(status)
    for (const format of ['csv', 'xlsx']) {
      const exported = await call(`/incidents/export?format=${format}`, as ? { as } : {})
      expect(exported.status).toBe(status)
      expect(await exported.text()).not.toMatch(/T6-00001|external_id/)
    }
    expect(await incidentCount()).toBe(before)
  })
})

describe('the command line', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawn('tsx', ['src/collections/Incidents/spreadsheet/importCli.ts', ...args], {
      cwd: CMS_DIR,
      env: { ...process.env, ...env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` },
      stdio: 'pipe',
      // Its own process group: tsx runs the script in a child process, and a kill must reach both.
      detached: true,
    })

  const finished = (child: ReturnType<typeof run>) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

  it('prints the bad rows and exits 1 on a dry run with problems', async () => {
    const file = path.join(cms.dir, 'bad.csv')
    fs.writeFileSync(file, csvOf(records(30, 12), { 4: { setting: 'suburban' } }))
    const child = run([file, '--dry-run', '--quiet'])
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    expect(await finished(child)).toBe(1)
    expect(out).toMatch(/1 problem in 1 row\. Nothing was written\./)
    expect(out).toMatch(/\n6\s+setting\s+suburban\s+Not one of the allowed values: urban, rural\./)
  }, 60_000)

  it('a CMS process killed mid-import leaves no partial import', async () => {
    await deleteAllIncidents()
    const file = path.join(cms.dir, 'big.csv')
    fs.writeFileSync(file, csvOf(records(1000, 13)))
    const child = run([file])
    const exited = finished(child)
    // Kill it (SIGKILL: no cleanup, as a crash or an OOM kill) once it reports written rows.
    const killedAt = await new Promise<string>((resolve, reject) => {
      let err = ''
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString()
        const line = err.split('\n').find((l) => /^writing\s.*\s([1-9]\d*)\/1000/.test(l))
        if (line) {
          process.kill(-child.pid!, 'SIGKILL')
          resolve(line)
        }
      })
      void exited.then(() => reject(new Error(`the import ended before it could be killed:\n${err}`)))
    })
    expect(killedAt).toMatch(/writing/)
    await exited
    expect(await incidentCount()).toBe(0)
    // The database is not left locked: the next import goes through.
    expect(await importIncidents(payload, sheet(csvOf(records(10, 14))))).toMatchObject({ created: 10, written: true })
  }, 120_000)
})
