/**
 * Generated demo images: abstract institutional designs in the programme's blues, drawn as SVG and
 * rasterised with sharp. No `<text>` anywhere: the machine running the seed may have no fonts.
 * Every design is a pure function of its random source, so the same seed gives the same pixels.
 */
import sharp from 'sharp'

/** Uniform random numbers in [0, 1). */
export type Rand = () => number

export const BLUES = {
  navy: '#0a2342',
  deep: '#0b3c6e',
  brand: '#0b5394',
  mid: '#1f6fb8',
  bright: '#3d8fd6',
  sky: '#7db8e8',
  pale: '#d6e8f7',
  white: '#ffffff',
} as const

const PALETTE = [BLUES.deep, BLUES.brand, BLUES.mid, BLUES.bright, BLUES.sky, BLUES.pale]

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
const between = (rand: Rand, min: number, max: number): number => min + rand() * (max - min)
const f = (n: number): string => n.toFixed(1)

function svg(width: number, height: number, body: string, defs = ''): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs>${defs}</defs>${body}</svg>`
}

function gradientDefs(id: string, from: string, to: string, angle: 'diagonal' | 'vertical' = 'diagonal'): string {
  const [x2, y2] = angle === 'diagonal' ? ['1', '1'] : ['0', '1']
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`
}

/** Faint diagonal hatching: gives large flat areas a printed, institutional texture. */
function hatching(width: number, height: number, step: number, opacity: number): string {
  let lines = ''
  for (let x = -height; x < width; x += step) lines += `M${x} ${height}L${x + height} 0`
  return `<path d="${lines}" stroke="${BLUES.white}" stroke-opacity="${opacity}" stroke-width="1" fill="none"/>`
}

// --- Motifs, one per programme area ------------------------------------------------------------

/** Rows of stacked crates, a few highlighted: stockpiles under control. */
function cratesMotif(rand: Rand, w: number, h: number): string {
  const cols = 14
  const rows = 6
  const size = Math.min(w / (cols + 4), h / (rows + 6))
  const x0 = w - cols * size * 1.15 - size
  const y0 = h - rows * size * 1.15 - size
  let out = ''
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (rand() < 0.18 + r * 0.03) continue
      const lit = rand() < 0.12
      out += `<rect x="${f(x0 + c * size * 1.15)}" y="${f(y0 + r * size * 1.15)}" width="${f(size)}" height="${f(size)}" rx="${f(size * 0.12)}" fill="${lit ? BLUES.sky : BLUES.white}" fill-opacity="${lit ? 0.9 : between(rand, 0.08, 0.22).toFixed(2)}"/>`
    }
  }
  // Nested rounded squares in the free corner: a secure store.
  const cx = w * between(rand, 0.16, 0.26)
  const cy = h * between(rand, 0.32, 0.45)
  for (let i = 1; i <= 3; i++) {
    const half = i * h * 0.07
    out += `<rect x="${f(cx - half)}" y="${f(cy - half)}" width="${f(half * 2)}" height="${f(half * 2)}" rx="${f(half * 0.25)}" fill="none" stroke="${BLUES.pale}" stroke-opacity="${(0.55 - i * 0.12).toFixed(2)}" stroke-width="${f(h * 0.01)}"/>`
  }
  return out
}

/** A winding road with milestones: the Roadmap towards its goals. */
function roadmapMotif(rand: Rand, w: number, h: number): string {
  const points: [number, number][] = []
  const steps = 6
  for (let i = 0; i <= steps; i++)
    points.push([(w * i) / steps, h * (0.75 - (0.5 * i) / steps) + between(rand, -0.08, 0.08) * h])
  let d = `M${f(points[0]![0])} ${f(points[0]![1])}`
  for (let i = 1; i < points.length; i++) {
    const [px, py] = points[i - 1]!
    const [x, y] = points[i]!
    d += `C${f(px + w / steps / 2)} ${f(py)} ${f(x - w / steps / 2)} ${f(y)} ${f(x)} ${f(y)}`
  }
  let out = `<path d="${d}" stroke="${BLUES.white}" stroke-opacity="0.18" stroke-width="${f(h * 0.09)}" fill="none" stroke-linecap="round"/>`
  out += `<path d="${d}" stroke="${BLUES.pale}" stroke-width="${f(h * 0.008)}" stroke-dasharray="${f(h * 0.03)} ${f(h * 0.025)}" fill="none"/>`
  points.slice(1, -1).forEach(([x, y], i) => {
    const reached = i < 3 + Math.floor(rand() * 2)
    out += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(h * 0.035)}" fill="${reached ? BLUES.sky : BLUES.navy}" stroke="${BLUES.white}" stroke-width="${f(h * 0.008)}"/>`
  })
  return out
}

/** Two interlocking sets of circles in balance. */
function balanceMotif(rand: Rand, w: number, h: number): string {
  let out = ''
  const cy = h * 0.5
  const r = h * between(rand, 0.26, 0.32)
  const gap = r * between(rand, 0.55, 0.75)
  const cx = w * between(rand, 0.55, 0.68)
  out += `<circle cx="${f(cx - gap / 2)}" cy="${f(cy)}" r="${f(r)}" fill="${BLUES.sky}" fill-opacity="0.35"/>`
  out += `<circle cx="${f(cx + gap / 2)}" cy="${f(cy)}" r="${f(r)}" fill="${BLUES.pale}" fill-opacity="0.30"/>`
  out += `<circle cx="${f(cx - gap / 2)}" cy="${f(cy)}" r="${f(r)}" fill="none" stroke="${BLUES.white}" stroke-opacity="0.6" stroke-width="${f(h * 0.006)}"/>`
  out += `<circle cx="${f(cx + gap / 2)}" cy="${f(cy)}" r="${f(r)}" fill="none" stroke="${BLUES.white}" stroke-opacity="0.6" stroke-width="${f(h * 0.006)}"/>`
  for (let i = 0; i < 18; i++) {
    out += `<circle cx="${f(between(rand, 0, w * 0.4))}" cy="${f(between(rand, 0, h))}" r="${f(between(rand, h * 0.01, h * 0.04))}" fill="${pick(rand, PALETTE)}" fill-opacity="0.5"/>`
  }
  return out
}

/** A network of nodes and links: institutions of the region working together. */
function networkMotif(rand: Rand, w: number, h: number): string {
  const nodes = Array.from(
    { length: 16 },
    () => [between(rand, w * 0.05, w * 0.95), between(rand, h * 0.1, h * 0.9)] as [number, number],
  )
  let out = ''
  nodes.forEach(([x, y], i) => {
    const nearest = nodes
      .map(([nx, ny], j) => ({ j, d: Math.hypot(nx - x, ny - y) }))
      .filter((n) => n.j !== i)
      .sort((a, b) => a.d - b.d)
      .slice(0, 2)
    for (const { j } of nearest) {
      const [nx, ny] = nodes[j]!
      out += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(nx)}" y2="${f(ny)}" stroke="${BLUES.pale}" stroke-opacity="0.35" stroke-width="${f(h * 0.004)}"/>`
    }
  })
  nodes.forEach(([x, y], i) => {
    const r = h * (i % 5 === 0 ? 0.035 : 0.018)
    out += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${i % 5 === 0 ? BLUES.sky : BLUES.white}" fill-opacity="${i % 5 === 0 ? 0.95 : 0.7}"/>`
  })
  return out
}

/** Monthly bars, a trend line and scattered points: the armed violence monitor. */
function monitorMotif(rand: Rand, w: number, h: number): string {
  let out = ''
  const bars = 18
  const bw = (w * 0.5) / bars
  const x0 = w * 0.45
  const values = Array.from({ length: bars }, (_, i) => 0.25 + 0.45 * Math.abs(Math.sin(i / 3 + rand())) + rand() * 0.1)
  values.forEach((v, i) => {
    const bh = v * h * 0.6
    out += `<rect x="${f(x0 + i * bw)}" y="${f(h * 0.85 - bh)}" width="${f(bw * 0.7)}" height="${f(bh)}" fill="${BLUES.white}" fill-opacity="${i === bars - 1 ? 0.9 : 0.25}"/>`
  })
  const line = values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${f(x0 + i * bw + bw * 0.35)} ${f(h * 0.8 - v * h * 0.6)}`)
    .join('')
  out += `<path d="${line}" stroke="${BLUES.sky}" stroke-width="${f(h * 0.008)}" fill="none"/>`
  for (let i = 0; i < 60; i++) {
    out += `<circle cx="${f(between(rand, w * 0.04, w * 0.38))}" cy="${f(between(rand, h * 0.12, h * 0.88))}" r="${f(between(rand, h * 0.004, h * 0.012))}" fill="${BLUES.pale}" fill-opacity="${between(rand, 0.3, 0.8).toFixed(2)}"/>`
  }
  return out
}

export const MOTIFS = {
  'salw-control': cratesMotif,
  'salw-control-roadmap': roadmapMotif,
  'gender-and-security': balanceMotif,
  'regional-ssr-platform': networkMotif,
  'armed-violence-monitoring': monitorMotif,
} as const

export type Motif = keyof typeof MOTIFS

// --- Compositions --------------------------------------------------------------------------------

/** A 16:9 news hero image. */
export function heroSvg(rand: Rand, motif: Motif, width = 1600, height = 900): string {
  const from = pick(rand, [BLUES.navy, BLUES.deep])
  const to = pick(rand, [BLUES.brand, BLUES.mid])
  const body = `<rect width="${width}" height="${height}" fill="url(#bg)"/>${hatching(width, height, 28, 0.035)}${MOTIFS[motif](rand, width, height)}`
  return svg(width, height, body, gradientDefs('bg', from, to))
}

/** A publication cover (A4 proportions): a coloured field with the motif above a plain band. */
export function coverSvg(rand: Rand, motif: Motif, width = 800, height = 1131): string {
  const field = Math.round(height * 0.62)
  const body =
    `<rect width="${width}" height="${height}" fill="${BLUES.white}"/>` +
    `<rect width="${width}" height="${field}" fill="url(#bg)"/>` +
    hatching(width, field, 22, 0.04) +
    `<g>${MOTIFS[motif](rand, width, field)}</g>` +
    `<rect y="${field}" width="${width}" height="${Math.round(height * 0.012)}" fill="${BLUES.sky}"/>` +
    // Placeholder bars where a printed cover would carry its title.
    `<rect x="${width * 0.08}" y="${field + height * 0.08}" width="${f(width * between(rand, 0.6, 0.8))}" height="${f(height * 0.03)}" rx="4" fill="${BLUES.brand}" fill-opacity="0.85"/>` +
    `<rect x="${width * 0.08}" y="${field + height * 0.13}" width="${f(width * between(rand, 0.4, 0.6))}" height="${f(height * 0.03)}" rx="4" fill="${BLUES.brand}" fill-opacity="0.55"/>` +
    `<rect x="${width * 0.08}" y="${height * 0.92}" width="${width * 0.84}" height="2" fill="${BLUES.pale}"/>`
  return svg(
    width,
    height,
    body,
    gradientDefs('bg', pick(rand, [BLUES.navy, BLUES.deep]), pick(rand, [BLUES.brand, BLUES.mid]), 'vertical'),
  )
}

/** A square abstract emblem for a partner institution (not a reproduction of any real logo). */
export function logoSvg(rand: Rand, size = 400): string {
  const c = size / 2
  const shape = Math.floor(rand() * 4)
  const colour = pick(rand, [BLUES.brand, BLUES.deep, BLUES.mid])
  let mark = ''
  if (shape === 0) {
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * Math.PI * 2
      mark += `<circle cx="${f(c + Math.cos(a) * size * 0.28)}" cy="${f(c + Math.sin(a) * size * 0.28)}" r="${f(size * 0.035)}" fill="${colour}"/>`
    }
  } else if (shape === 1) {
    // A globe: outline, one meridian ellipse and two parallels.
    mark =
      `<circle cx="${c}" cy="${c}" r="${f(size * 0.3)}" fill="none" stroke="${colour}" stroke-width="${f(size * 0.04)}"/>` +
      `<ellipse cx="${c}" cy="${c}" rx="${f(size * 0.13)}" ry="${f(size * 0.3)}" fill="none" stroke="${colour}" stroke-width="${f(size * 0.025)}"/>` +
      `<path d="M${f(c - size * 0.26)} ${f(c - size * 0.12)}H${f(c + size * 0.26)}M${f(c - size * 0.26)} ${f(c + size * 0.12)}H${f(c + size * 0.26)}" stroke="${colour}" stroke-width="${f(size * 0.025)}"/>`
  } else if (shape === 2) {
    const pts = Array.from({ length: 6 }, (_, i) => {
      const a = (i / 6) * Math.PI * 2 + Math.PI / 6
      return `${f(c + Math.cos(a) * size * 0.32)},${f(c + Math.sin(a) * size * 0.32)}`
    }).join(' ')
    mark = `<polygon points="${pts}" fill="${colour}"/><circle cx="${c}" cy="${c}" r="${f(size * 0.12)}" fill="${BLUES.white}"/>`
  } else {
    mark = [0, 1, 2]
      .map(
        (i) =>
          `<rect x="${f(size * (0.22 + i * 0.2))}" y="${f(size * (0.62 - i * 0.14))}" width="${f(size * 0.14)}" height="${f(size * (0.16 + i * 0.14))}" rx="${f(size * 0.02)}" fill="${colour}" fill-opacity="${(0.55 + i * 0.2).toFixed(2)}"/>`,
      )
      .join('')
  }
  const body = `<rect width="${size}" height="${size}" fill="${BLUES.white}"/><circle cx="${c}" cy="${c}" r="${f(size * 0.46)}" fill="${BLUES.pale}" fill-opacity="0.6"/>${mark}`
  return svg(size, size, body)
}

/** An abstract head-and-shoulders silhouette for staff profiles (no real photographs in demo data). */
export function portraitSvg(rand: Rand, size = 480): string {
  const c = size / 2
  const body =
    `<rect width="${size}" height="${size}" fill="url(#bg)"/>` +
    `<circle cx="${c}" cy="${f(size * 0.4)}" r="${f(size * between(rand, 0.15, 0.17))}" fill="${BLUES.pale}"/>` +
    `<path d="M${f(size * 0.18)} ${size}C${f(size * 0.18)} ${f(size * 0.68)} ${f(size * 0.36)} ${f(size * 0.6)} ${c} ${f(size * 0.6)}C${f(size * 0.64)} ${f(size * 0.6)} ${f(size * 0.82)} ${f(size * 0.68)} ${f(size * 0.82)} ${size}Z" fill="${BLUES.pale}"/>`
  return svg(
    size,
    size,
    body,
    gradientDefs('bg', pick(rand, [BLUES.deep, BLUES.brand]), pick(rand, [BLUES.mid, BLUES.bright])),
  )
}

/** Rasterises an SVG: JPEG for photographic-size images, PNG for flat emblems. */
export async function rasterise(svgText: string, format: 'jpeg' | 'png'): Promise<Buffer> {
  const image = sharp(Buffer.from(svgText))
  return format === 'jpeg'
    ? image.jpeg({ quality: 82, mozjpeg: false }).toBuffer()
    : image.png({ compressionLevel: 9 }).toBuffer()
}
