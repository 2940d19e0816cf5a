/**
 * Validates every built HTML page with the W3C Nu HTML checker (vnu.jar from the `vnu-jar` npm
 * package; needs a Java runtime, which `.ci/run` installs).
 *   npm run validate:html -w site [-- DIST_DIR]
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import vnuJar from 'vnu-jar'

export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error'
  url: string
  message: string
  lastLine?: number
  extract?: string
}

/** Runs the checker over a folder (or a list of files) and returns its errors (warnings are not requested). */
export async function validateHtml(target: string | readonly string[]): Promise<NuMessage[]> {
  const run = promisify(execFile)
  const args = ['-jar', String(vnuJar), '--errors-only', '--format', 'json', '--skip-non-html', ...(typeof target === 'string' ? [target] : target)]
  // vnu exits 1 when it finds errors and prints its JSON report on stderr either way.
  const { stderr } = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stderr?: string; code?: number; message: string }) => {
      if (error.code === 1 && error.stderr) return { stderr: error.stderr }
      throw new Error(`The Nu HTML checker could not run (is Java installed?): ${error.message}`)
    },
  )
  const report = JSON.parse(stderr || '{"messages":[]}') as { messages: NuMessage[] }
  return report.messages.filter((m) => m.type !== 'info')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--help')) {
    console.log('Usage: npm run validate:html -w site [-- DIST_DIR]   (default: site/dist)')
    process.exit(0)
  }
  const dir = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'))
  const started = Date.now()
  const errors = await validateHtml(dir)
  for (const e of errors) console.log(`${path.relative(dir, fileURLToPath(e.url))}:${e.lastLine ?? '?'}  ${e.message}`)
  console.log(`Nu HTML checker: ${errors.length} error(s) in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  process.exit(errors.length ? 1 : 0)
}
