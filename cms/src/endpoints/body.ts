import type { PayloadRequest } from 'payload'

/** A request body the endpoint will not read: the status and message to answer with. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/** Oversized bodies up to this size are read and discarded, so the client gets a clean 413. */
const DRAIN_BYTES = 1024 * 1024

/** Reads and discards the rest of a body (up to `limit`), then cancels: an answer sent over an unread upload is often lost as a reset connection. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, seen: number, limit: number): Promise<void> {
  let size = seen
  while (size <= limit) {
    const { done, value } = await reader.read()
    if (done) return
    size += value.byteLength
  }
  await reader.cancel()
}

const mib = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB` : `${bytes} bytes`)

/**
 * Reads at most `maxBytes` of the body (Content-Length is checked first, then the stream is
 * counted, so a chunked body cannot go around the limit); larger bodies are a 413 `BodyError`.
 * Bodies up to `drainBytes` are read to the end first so the client sees the answer.
 */
export async function readBodyBytes(req: PayloadRequest, maxBytes: number, drainBytes = DRAIN_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new BodyError(413, 'body', `The request body is larger than ${mib(maxBytes)}.`)
  const declared = req.headers.get('content-length')
  if (declared !== null && !/^\d{1,12}$/.test(declared)) throw new BodyError(400, 'body', 'The Content-Length header is not a number.')
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  if (declared !== null && Number(declared) > maxBytes) {
    if (Number(declared) <= drainBytes) await drain(reader, 0, drainBytes)
    else await reader.cancel()
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await drain(reader, size, drainBytes)
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** `readBodyBytes`, decoded as strict UTF-8 (400 when it is not). */
export async function readBodyText(req: PayloadRequest, maxBytes: number): Promise<string> {
  const bytes = await readBodyBytes(req, maxBytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new BodyError(400, 'body', 'The request body is not valid UTF-8.')
  }
}
