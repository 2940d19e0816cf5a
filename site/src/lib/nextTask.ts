/**
 * Resolves in a later task, so the work after it starts a new task of its own (no long task on a
 * slow phone). A message, not a timer: timers may be clamped to 4 ms or more.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}
