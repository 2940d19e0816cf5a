/**
 * A first-in, first-out limit on requests in progress. Without it every request that arrives
 * starts at once and they all share the one JavaScript thread (SQLite runs on it too): under a
 * flood each request's steps wait behind every other request's, some callers waited 6 s while the
 * average was 0.4 s. Through the gate a few run at a time and the rest wait in arrival order, so
 * the wait is about (queue length ÷ throughput) for everyone. Past `maxQueue` waiting callers the
 * gate refuses at once (the caller answers 503) instead of holding sockets and memory.
 */
export interface RequestGate {
  /** Resolves with the function that frees the place, or `undefined` when the queue is full. */
  enter(): Promise<(() => void) | undefined>
  /** In progress and waiting now. */
  readonly active: number
  readonly waiting: number
}

export function createRequestGate(options: { concurrency: number; maxQueue: number }): RequestGate {
  if (!(options.concurrency >= 1)) throw new Error('concurrency must be at least 1')
  let active = 0
  // A growing array with a moving head: O(1) shift without reallocating on every exit.
  let queue: (() => void)[] = []
  let head = 0
  const release = () => {
    let freed = false
    return () => {
      if (freed) return
      freed = true
      if (head < queue.length) {
        const next = queue[head++]!
        if (head > 1024 && head * 2 > queue.length) {
          queue = queue.slice(head)
          head = 0
        }
        // The place passes straight to the next caller: `active` stays the same.
        next()
      } else {
        active--
      }
    }
  }
  return {
    get active() {
      return active
    },
    get waiting() {
      return queue.length - head
    },
    enter() {
      if (active < options.concurrency) {
        active++
        return Promise.resolve(release())
      }
      if (queue.length - head >= options.maxQueue) return Promise.resolve(undefined)
      return new Promise((resolve) => queue.push(() => resolve(release())))
    },
  }
}
