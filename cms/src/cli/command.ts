/**
 * What every `npm run <command>` of the CMS (seed, snapshot, import, export) does the same way:
 * strict option parsing whose mistakes print the usage and exit with status 2, a Payload opened
 * only once the options are known (the config reads and validates the environment when it loads,
 * so `--help` works without a database) and always closed, and one exit status per outcome.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

import type { Payload } from 'payload'

/** Prints the problem and the usage on standard error and exits with status 2 (the command line could not be used). */
export function usageError(usage: string, message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`)
  process.exit(2)
}

/** `parseArgs` in strict mode; an unknown option or a missing value is a usage error. */
export function parseCommandLine<const T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ strict: true, ...config })
  } catch (error) {
    usageError(usage, (error as Error).message)
  }
}

/**
 * Runs a command: exits with the status `main` returns (0 when it returns nothing); an error is
 * printed after `failure` ("Seed failed") and exits with status 1.
 */
export function runCommand(failure: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      process.stderr.write(`${failure}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exit(1)
    },
  )
}

/** A Payload on the configured database for the duration of `work`, closed afterwards whatever happens. */
export async function withPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config.js')
  const payload = await getPayload({ config })
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
  }
}
