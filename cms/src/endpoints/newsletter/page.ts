/**
 * Tiny standalone HTML pages for links opened from e-mails (unsubscribe, preferences). They are
 * served by the CMS, so they carry their own strict headers: no scripts, no framing, no referrer.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML content and attribute values. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

const STYLE = `body{font:1.05rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:36rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}
fieldset{border:1px solid #767676;border-radius:4px;margin:0 0 1rem;padding:.5rem 1rem}
legend{font-weight:600;padding:0 .25rem}
label{display:block;padding:.25rem 0}
button{font:inherit;padding:.55rem 1.1rem;border:0;border-radius:4px;background:#0b5394;color:#fff;cursor:pointer}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #f4b400;outline-offset:2px}
a{color:#0b5394}
.note{padding:.5rem .75rem;border-left:4px solid #0b5394;background:#eef4fa}
.error{border-color:#a50e0e;background:#fdeeee}
.small{font-size:.9rem;color:#4a4a4a}`

/** The policy of these pages: inline styles only, no scripts, forms post back to the CMS. */
export const NEWSLETTER_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

export function htmlPage(title: string, body: string, status = 200): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
${body}
</main>
</body>
</html>`
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': NEWSLETTER_PAGE_CSP,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  })
}

export const invalidLinkPage = (siteNewsletterUrl: string) =>
  htmlPage(
    'This link is no longer valid',
    `<p>The link may be incomplete, or it was replaced by a newer message (subscribing again makes new links).</p>
<p><a href="${esc(siteNewsletterUrl)}">Go to the newsletter page</a></p>`,
    404,
  )
