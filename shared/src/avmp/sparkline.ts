/**
 * An SVG path for a small trend line: one point per value, x spread evenly over `width`, y scaled
 * so the largest value touches the top (a zero series lies on the baseline). Rounded to 0.1 to
 * keep the markup short.
 * @example sparklinePath([0, 2, 1], 100, 20) // 'M0,20L50,0L100,10'
 */
export function sparklinePath(values: readonly number[], width: number, height: number): string {
  if (values.length === 0) return ''
  const max = Math.max(...values, 0)
  const step = values.length > 1 ? width / (values.length - 1) : 0
  const round = (n: number) => Math.round(n * 10) / 10
  return values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${round(i * step)},${round(max > 0 ? height - (v / max) * height : height)}`)
    .join('')
}
