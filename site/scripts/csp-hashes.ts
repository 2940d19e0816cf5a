/**
 * Adds the hashes of a build's inline scripts and stylesheets to the CSP in the nginx template.
 *   npm run csp:hashes -w site                      # scans site/dist
 *   npm run csp:hashes -w site -- --dir /tmp/x/dist # another build
 *   npm run csp:hashes -w site -- --prune           # also drops hashes this build no longer emits
 * Without --prune the old hashes stay: the release that is live while a new config is deployed
 * was built by the old code, and its scripts must keep running until the next publish.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { NGINX_TEMPLATE, readAllowedHashes, scanInline, writeAllowedHashes } from './lib/cspHashes'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, prune: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
if (values.help) {
  console.log('Usage: npm run csp:hashes -w site -- [--dir DIST] [--prune]\nWrites the hashes of the inline scripts and <style> blocks of a build into deploy/nginx/site.conf.template.')
  process.exit(0)
}
const outDir = path.resolve(values.dir)
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: build it first (npm run build -w site) or pass --dir.`)
  process.exit(1)
}
const scan = scanInline(outDir)
const template = fs.readFileSync(NGINX_TEMPLATE, 'utf8')
const before = readAllowedHashes(template)
const built = { scripts: scan.scripts.map((b) => b.hash), styles: scan.styles.map((b) => b.hash) }
const next = values.prune ? built : { scripts: [...before.scripts, ...built.scripts], styles: [...before.styles, ...built.styles] }
fs.writeFileSync(NGINX_TEMPLATE, writeAllowedHashes(template, next))
const after = readAllowedHashes(fs.readFileSync(NGINX_TEMPLATE, 'utf8'))
const added = (a: string[], b: string[]) => b.filter((h) => !a.includes(h)).length
console.log(
  `${path.relative(process.cwd(), NGINX_TEMPLATE)}: ${after.scripts.length} script hashes (${added(before.scripts, after.scripts)} new, ${added(after.scripts, before.scripts)} dropped), ` +
    `${after.styles.length} style hashes (${added(before.styles, after.styles)} new, ${added(after.styles, before.styles)} dropped).`,
)
for (const problem of scan.unhashable) console.warn(`not allowed by any hash (fix the markup): ${problem}`)
process.exit(scan.unhashable.length ? 1 : 0)
