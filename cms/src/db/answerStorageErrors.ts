import type { AfterErrorHook } from 'payload'

/** A storage failure the caller can understand and act on, with the HTTP status that says so. */
export interface StorageFailure {
  status: 503 | 507
  code: 'storage_full' | 'storage_read_only'
  message: string
}

const FULL: StorageFailure = {
  status: 507,
  code: 'storage_full',
  message: 'The server’s storage is full, so nothing was saved. Ask an administrator to free disk space, then save again.',
}

const READ_ONLY: StorageFailure = {
  status: 503,
  code: 'storage_read_only',
  message: 'The database is read-only at the moment, so nothing was saved. Reading still works; ask an administrator to check the disk and the database’s permissions, then save again.',
}

/** SQLite result codes (libSQL puts them in `code`, and in the message) and Node's errno codes. */
const FULL_CODES = /\b(SQLITE_FULL|ENOSPC|EDQUOT)\b|database or disk is full/
const READ_ONLY_CODES = /\b(SQLITE_READONLY\w*|EROFS)\b|attempt to write a readonly database/

/** The error and everything it wraps: Drizzle and Payload wrap driver errors in their own. */
function* chainOf(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>()
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); ) {
    seen.add(e)
    yield e
    const wrapper = e as { cause?: unknown; originalError?: unknown }
    e = wrapper.cause ?? wrapper.originalError
  }
}

/** A full disk or a read-only database behind `error`, if that is what it is. */
export function storageFailureOf(error: unknown): StorageFailure | undefined {
  for (const e of chainOf(error)) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    const text = `${typeof code === 'string' ? code : ''} ${typeof message === 'string' ? message : ''}`
    if (FULL_CODES.test(text)) return FULL
    if (READ_ONLY_CODES.test(text)) return READ_ONLY
  }
  return undefined
}

/**
 * Root `afterError` hook: a write refused by the storage (disk full, database read-only) answers
 * 507 or 503 with a message that says nothing was saved and what to do, instead of Payload's
 * bare 500 "Something went wrong." (The transaction was rolled back, so nothing was saved; Payload
 * has already logged the original error with its stack for the administrator.)
 */
export const answerStorageErrors: AfterErrorHook = ({ error }) => {
  const failure = storageFailureOf(error)
  if (!failure) return
  return { status: failure.status, response: { errors: [{ message: failure.message, data: { code: failure.code } }] } }
}
