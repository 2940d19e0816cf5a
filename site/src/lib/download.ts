/** Browser downloads of data made in the page (CSV, JSON, PNG), without a round trip to a server. */

/** Starts the download of `href` (a data: or blob: URL) under `name`. */
export function downloadHref(name: string, href: string): void {
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
}

/** Starts the download of text made in the page. */
export function downloadText(name: string, body: string, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }))
  downloadHref(name, url)
  // The click has started the download; the object URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
