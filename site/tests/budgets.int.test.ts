/** The performance budgets of `npm run budgets -w site`, on the test build. */
import { describe, expect, it } from 'vitest'

import { BUDGETS, checkBudgets, formatBudgetTable, measurePage } from '../scripts/lib/budgets'
import { site } from './helpers/site'

describe('performance budgets of the text templates', () => {
  const rows = () => checkBudgets(site().outDir)

  it('measures at least the home page', () => {
    expect(rows().map((r) => r.template)).toContain('home')
  })

  it(`keep every page within ${BUDGETS.htmlCssBytes / 1024} KB of HTML+CSS and ${BUDGETS.jsBytes / 1024} KB of JS (gzip), with no framework JS`, () => {
    const result = rows()
    console.log(formatBudgetTable(result))
    const failures = result.flatMap((r) => r.failures)
    expect(failures, `Over budget:\n  ${failures.join('\n  ')}`).toEqual([])
  })

  it('counts the cookie notice script on the home page (the measure sees inline scripts)', () => {
    const home = measurePage(site().outDir, { file: 'index.html', urlPath: '/' })
    expect(home.scripts.some((s) => s.includes('cookie-consent'))).toBe(true)
    expect(home.jsGz).toBeGreaterThan(100)
    expect(home.framework).toEqual([])
  })
})
