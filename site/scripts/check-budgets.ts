/**
 * Performance budgets of the text templates on a built site; exits 1 when a page is over budget.
 *   npm run budgets -w site                 # checks site/dist
 *   npm run budgets -w site -- --dir /tmp/x  # another build
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { checkBudgets, formatBudgetTable } from './lib/budgets'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h' } } })
if (values.help) {
  console.log('Usage: npm run budgets -w site -- [--dir DIST]\nGzip weight of HTML+CSS (≤ 30 KB) and JS (≤ 4 KB) on every page of each text template.')
  process.exit(0)
}
const rows = checkBudgets(path.resolve(values.dir))
if (rows.length === 0) {
  console.error(`No text-template pages found in ${path.resolve(values.dir)}: build the site first (npm run build -w site).`)
  process.exit(1)
}
console.log(formatBudgetTable(rows))
process.exit(rows.some((r) => r.failures.length) ? 1 : 0)
