/**
 * The monitor's filter panel, shared by the map, the charts and the list: every control is built
 * from FILTER_PARAMS and the vocabularies, and reads/writes the shared store (so the URL). On
 * phones it folds into a "Filters" disclosure; the count of matches stays visible and is
 * announced politely.
 */
import { useEffect, useId, useRef, type ChangeEvent } from 'react'

import {
  dayOfIso,
  emptyFilter,
  EPOCH_YEAR,
  FILTER_PARAMS,
  filterToQuery,
  isEmptyFilter,
  isoOfDay,
  periodDays,
  type AvmpFilter,
} from '@clearinghouse/shared/avmp'
import { formatNumber, MONTH_NAMES as MONTHS } from '@clearinghouse/shared/format'

import { ensureDetails, setFilter } from '../../lib/avmp/store'
import './FilterPanel.css'
import { useAvmp } from './useAvmp'

type ListKey = (typeof FILTER_PARAMS)[number]['key']

/** Legends of the list filters (the vocabularies give the options, not the question). */
const LEGENDS: Record<ListKey, string> = {
  jurisdictions: 'Jurisdiction',
  contexts: 'Context',
  weaponTypes: 'Weapon type',
  possession: 'Possession',
  outcomes: 'Outcome for victims',
  victimSex: 'Victim sex',
  victimAge: 'Victim age group',
  perpetratorSex: 'Perpetrator sex',
  settings: 'Setting',
}

/** Only jurisdictions the monitor covers (the vocabulary also lists the wider programme's). */
const optionsOf = (terms: readonly { value: string; label: string; avmp?: boolean }[]) =>
  terms.filter((t) => t.avmp !== false)

const WIDE = '(min-width: 60em)'

export interface FilterPanelProps {
  /** Prefix for element ids, unique per page (several panels never share a page, but ids must be stable). */
  idPrefix: string
}

export default function FilterPanel({ idPrefix }: FilterPanelProps) {
  const { data, filter, rows, status, error } = useAvmp()
  const detailsRef = useRef<HTMLDetailsElement>(null)
  const countId = useId()
  const id = (part: string): string => `${idPrefix}-${part}`

  // Open on wide screens, folded on phones; the reader's own toggling wins afterwards.
  useEffect(() => {
    if (detailsRef.current && matchMedia(WIDE).matches) detailsRef.current.open = true
  }, [])

  // A text query from the URL searches descriptions too, which need the details file.
  useEffect(() => {
    if (filter.q) ensureDetails().catch(() => undefined)
  }, [filter.q])

  const query = filterToQuery(filter)
  const year = query.get('year') ?? ''
  const month = query.get('month') ?? ''
  const lastYear =
    data && data.length > 0 ? Number(isoOfDay(data.day[data.length - 1]!).slice(0, 4)) : new Date().getUTCFullYear()
  const firstYear = data && data.length > 0 ? Number(isoOfDay(data.day[0]!).slice(0, 4)) : EPOCH_YEAR
  const years: number[] = []
  for (let y = lastYear; y >= firstYear; y--) years.push(y)

  const toggle = (key: ListKey, value: string) => (event: ChangeEvent<HTMLInputElement>) => {
    const checked = event.currentTarget.checked
    setFilter(
      (f): AvmpFilter => {
        const current = f[key] as string[]
        const next = checked ? [...current, value] : current.filter((v) => v !== value)
        return { ...f, [key]: next }
      },
      { push: true },
    )
  }

  const onYear = (event: ChangeEvent<HTMLSelectElement>) => {
    const y = Number(event.currentTarget.value)
    setFilter(y ? periodDays(y) : { from: null, to: null }, { push: true })
  }
  const onMonth = (event: ChangeEvent<HTMLSelectElement>) => {
    const m = Number(event.currentTarget.value)
    if (!year) return
    setFilter(m ? periodDays(Number(year), m) : periodDays(Number(year)), { push: true })
  }
  const onDate = (end: 'from' | 'to') => (event: ChangeEvent<HTMLInputElement>) => {
    setFilter({ [end]: dayOfIso(event.currentTarget.value) }, { push: true })
  }

  const count =
    status === 'error'
      ? (error ?? 'The incidents could not be loaded.')
      : status === 'ready'
        ? `${formatNumber(rows.length)} ${rows.length === 1 ? 'incident matches' : 'incidents match'}${isEmptyFilter(filter) ? ' (no filters)' : ' the filters'}`
        : 'Loading the incidents…'

  return (
    <section className="avmp-filter-panel" aria-labelledby={id('heading')}>
      <h2 id={id('heading')} className="visually-hidden">
        Filter the incidents
      </h2>
      <div className="avmp-filter-search">
        <label htmlFor={id('q')}>Search place and description</label>
        <input
          id={id('q')}
          type="search"
          value={filter.q}
          autoComplete="off"
          aria-describedby={countId}
          onFocus={() => ensureDetails().catch(() => undefined)}
          onChange={(e) => setFilter({ q: e.currentTarget.value })}
        />
      </div>
      <p
        id={countId}
        className="avmp-filter-count"
        aria-live="polite"
        data-testid="avmp-count"
        data-count={status === 'ready' ? rows.length : undefined}
      >
        {count}
      </p>
      <details ref={detailsRef} className="avmp-filter-details">
        <summary>Filters</summary>
        <div className="avmp-filter-grid">
          <fieldset className="avmp-filter-dates">
            <legend>Period</legend>
            <div className="avmp-filter-row">
              <span className="avmp-filter-pair">
                <label htmlFor={id('year')}>Year</label>
                <select id={id('year')} value={year} onChange={onYear}>
                  <option value="">Any year</option>
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </span>
              <span className="avmp-filter-pair">
                <label htmlFor={id('month')}>Month</label>
                <select id={id('month')} value={month} onChange={onMonth} disabled={!year}>
                  <option value="">Whole year</option>
                  {MONTHS.map((name, i) => (
                    <option key={name} value={i + 1}>
                      {name}
                    </option>
                  ))}
                </select>
              </span>
            </div>
            <div className="avmp-filter-row">
              <span className="avmp-filter-pair">
                <label htmlFor={id('from')}>From</label>
                <input
                  id={id('from')}
                  type="date"
                  value={filter.from === null ? '' : isoOfDay(filter.from)}
                  onChange={onDate('from')}
                />
              </span>
              <span className="avmp-filter-pair">
                <label htmlFor={id('to')}>To</label>
                <input
                  id={id('to')}
                  type="date"
                  value={filter.to === null ? '' : isoOfDay(filter.to)}
                  onChange={onDate('to')}
                />
              </span>
            </div>
          </fieldset>
          {FILTER_PARAMS.map(({ key, param, terms }) => (
            <fieldset key={key}>
              <legend>{LEGENDS[key]}</legend>
              <ul>
                {optionsOf(terms).map((t) => {
                  const inputId = id(`${param}-${t.value}`)
                  return (
                    <li key={t.value}>
                      <input
                        id={inputId}
                        type="checkbox"
                        name={param}
                        value={t.value}
                        checked={(filter[key] as readonly string[]).includes(t.value)}
                        onChange={toggle(key, t.value)}
                      />
                      <label htmlFor={inputId}>{t.label}</label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          ))}
        </div>
        <button
          type="button"
          className="avmp-filter-clear"
          disabled={isEmptyFilter(filter)}
          onClick={() => setFilter(emptyFilter(), { push: true })}
        >
          Clear all filters
        </button>
      </details>
    </section>
  )
}
