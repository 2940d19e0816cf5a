/** What `cmsProcess.ts` and its child (`cmsProcessMain.ts`) say to each other. */

/** Lines on the child's stdout that carry a message (the rest is the CMS's own log). */
export const CMS_PROCESS_PREFIX = '@@cms '

export interface CmsProcessOptions {
  /** Folder of the CMS: `db.sqlite` is opened there (and kept across restarts). */
  dir: string
  /** A seeded database copied into `dir` at start; without it `dir/db.sqlite` is used or made. */
  database?: string
  mediaDir: string
  env?: Record<string, string>
  /** Accounts made at start if missing (restarts keep them). */
  users?: { email: string; password: string; role: 'admin' | 'editor' }[]
  /** Reuse this port (a restart keeps the URL); default: a free one. */
  port?: number
}

export type CmsProcessCommand =
  /** Memory of the CMS process, after a full GC when `gc` (needs `exposeGc`). */
  | { cmd: 'memory'; gc?: boolean }
  /** Open file descriptors of the CMS process. */
  | { cmd: 'openFiles' }
  /**
   * Fault injection: SQLite's `max_page_count` on every connection, so the database cannot grow
   * (SQLITE_FULL, exactly as when the disk is full), or lifts it again.
   */
  | { cmd: 'diskFull'; full: boolean }
  /** A clean stop: connections closed (SQLite checkpoints its WAL), then the process exits. */
  | { cmd: 'close' }

export interface MemoryFigures {
  rss: number
  heapUsed: number
  heapTotal: number
  external: number
}
