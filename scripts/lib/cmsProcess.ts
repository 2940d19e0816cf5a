/**
 * A real CMS over HTTP in a child process (`cmsProcessMain.ts` → `startCmsHttpServer`): for tests
 * that kill it for real (`kill -9`) and restart it on the same database, and for benchmarks that
 * measure its memory apart from the load generator.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

import { ROOT } from './cmsBuild'
import { CMS_PROCESS_PREFIX, type CmsProcessCommand, type CmsProcessOptions } from './cmsProcessProtocol'

export type { CmsProcessOptions, MemoryFigures } from './cmsProcessProtocol'

const MAIN = path.join(ROOT, 'scripts', 'lib', 'cmsProcessMain.ts')

export interface CmsProcess {
  url: string
  pid: number
  /** Milliseconds from spawning the process to its first answer over HTTP being possible. */
  readyMs: number
  /** Sends a command to the child and resolves with its answer. */
  command<T = unknown>(command: CmsProcessCommand): Promise<T>
  /** Sends a signal (default SIGKILL: no clean-up at all) and resolves once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>
  /** Stops it cleanly (connections closed) and resolves once it is gone. */
  close(): Promise<void>
  /** The process's output so far (the CMS's log), for failure messages. */
  output(): string
}

export async function startCmsProcess(options: CmsProcessOptions & { exposeGc?: boolean; timeoutMs?: number }): Promise<CmsProcess> {
  const { exposeGc, timeoutMs = 60_000, ...childOptions } = options
  const started = performance.now()
  // Node itself (the pinned one running this script), with tsx as a loader: one process, so its
  // pid is the CMS's and a signal reaches it directly.
  const child = spawn(process.execPath, [...(exposeGc ? ['--expose-gc'] : []), '--import', 'tsx', MAIN, JSON.stringify(childOptions)], {
    cwd: ROOT,
    env: { ...process.env, ...childOptions.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (text: string) => {
    output += text
    if (output.length > 200_000) output = output.slice(-100_000)
  }
  child.stderr.on('data', (d: Buffer) => keep(d.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let nextId = 1

  const ready = new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The CMS process did not start within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`)), timeoutMs)
    void exited.then(() => {
      clearTimeout(timer)
      reject(new Error(`The CMS process exited before it was ready:\n${output.slice(-3000)}`))
    })
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith(CMS_PROCESS_PREFIX)) return keep(`${line}\n`)
      const message = JSON.parse(line.slice(CMS_PROCESS_PREFIX.length)) as { event?: string; url?: string; pid?: number; id?: number; ok?: boolean; result?: unknown; error?: string }
      if (message.event === 'ready') {
        clearTimeout(timer)
        resolve({ url: message.url!, pid: message.pid! })
      } else if (message.id !== undefined) {
        const waiter = pending.get(message.id)
        pending.delete(message.id)
        if (message.ok) waiter?.resolve(message.result)
        else waiter?.reject(new Error(message.error))
      }
    })
  })
  void exited.then(() => {
    for (const waiter of pending.values()) waiter.reject(new Error('The CMS process exited.'))
    pending.clear()
  })

  let info: { url: string; pid: number }
  try {
    info = await ready
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  const running = () => child.exitCode === null && child.signalCode === null
  const command = <T>(message: CmsProcessCommand) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      child.stdin.write(`${JSON.stringify({ ...message, id })}\n`)
    })
  return {
    ...info,
    readyMs: performance.now() - started,
    command,
    kill: async (signal = 'SIGKILL') => {
      if (running()) child.kill(signal)
      await exited
    },
    close: async () => {
      // No answer awaited: the process exits right after closing, and its exit is what counts.
      if (running()) child.stdin.write(`${JSON.stringify({ cmd: 'close', id: nextId++ })}\n`)
      await exited
    },
    output: () => output,
  }
}
