/**
 * Screenshot pages at phone and desktop widths, optionally signed in to the CMS admin.
 *   npx tsx scripts/screenshot.ts --out /tmp/shots http://localhost:3000/admin/collections/incidents
 *   --login admin@example.org:password   sign in at <origin>/admin/login first
 *   --widths 390,1280                     viewport widths (default 390 and 1280)
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { launchChromium } from './lib/browser'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: '/tmp/shots' },
    login: { type: 'string' },
    widths: { type: 'string', default: '390,1280' },
    full: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help || positionals.length === 0) {
  console.log('Usage: tsx scripts/screenshot.ts [--out DIR] [--login EMAIL:PASSWORD] [--widths 390,1280] [--full] URL…')
  process.exit(values.help ? 0 : 1)
}

const browser = await launchChromium()
fs.mkdirSync(values.out, { recursive: true })
for (const width of values.widths.split(',').map(Number)) {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } })
  const page = await context.newPage()
  if (values.login) {
    const [email, password] = values.login.split(':')
    const origin = new URL(positionals[0] ?? '').origin
    await page.goto(`${origin}/admin/login`)
    await page.fill('input[name="email"]', email ?? '')
    await page.fill('input[name="password"]', password ?? '')
    await page.click('button[type="submit"]')
    await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
  }
  for (const url of positionals) {
    await page.goto(url, { waitUntil: 'networkidle' })
    const name = `${new URL(url).pathname.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`
    const file = path.join(values.out, name)
    await page.screenshot({ path: file, fullPage: values.full })
    console.log(file)
  }
  await context.close()
}
await browser.close()
