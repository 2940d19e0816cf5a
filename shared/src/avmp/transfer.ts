/**
 * The buffers behind every typed array in a value (an `AvmpData`, a message), each once: the
 * transfer list of a `postMessage`, so columns move between threads without being copied.
 * Several columns may be views of one buffer (the decoded file), and a buffer listed twice is a
 * `DataCloneError`.
 */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  const seen = new Set<object>()
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return
    seen.add(v)
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer)
      return
    }
    if (v instanceof ArrayBuffer) {
      buffers.add(v)
      return
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child)
  }
  visit(value)
  return [...buffers]
}
