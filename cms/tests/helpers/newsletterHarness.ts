import { simpleParser, type ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { freePort } from '../../../scripts/lib/webRequest'
import { startHttpCms, type HttpCms } from './httpCms'

export { freePort } from '../../../scripts/lib/webRequest'

export interface Inbox {
  port: number
  messages: ParsedMail[]
  /** Resolves with the first message (new or already received) that matches. */
  waitFor: (match: (m: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>
  close: () => Promise<void>
}

/** A real SMTP server in this process: every message is parsed and kept. */
export async function startInbox(): Promise<Inbox> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch((err: Error) => callback(err))
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    port,
    messages,
    waitFor: async (match, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs
      while (Date.now() < until) {
        const found = messages.find(match)
        if (found) return found
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`no matching e-mail within ${timeoutMs} ms (received ${messages.length})`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export const SITE = 'http://site.test'

export interface NewsletterCms extends HttpCms {
  inbox: Inbox
  payload: Payload
}

/**
 * The CMS over real HTTP (`startHttpCms`: REST and GraphQL) on a fresh SQLite file, sending mail
 * to an in-process SMTP server. Requests from loopback are a trusted proxy here, so tests pick
 * client addresses with X-Forwarded-For.
 */
export async function startNewsletterCms(name: string, extraEnv: Record<string, string> = {}): Promise<NewsletterCms> {
  const inbox = await startInbox()
  const { stampPeer } = await import('../../src/endpoints/newsletter/clientAddress')
  const cms = await startHttpCms(
    name,
    {
      SITE_URL: SITE,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(inbox.port),
      SMTP_SECURE: 'false',
      TRUSTED_PROXIES: '127.0.0.1,::1',
      NEWSLETTER_MIN_FILL_MS: '1500',
      ...extraEnv,
    },
    stampPeer,
  )
  return {
    ...cms,
    inbox,
    close: async () => {
      await cms.close()
      await inbox.close()
    },
  }
}

let ipCounter = 0
/** A fresh client address for each call (10.x.y.z), sent through the trusted loopback proxy. */
export const nextIp = () => {
  ipCounter++
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`
}

/** Finds a link with the given path in a message's text part. */
export function linkIn(mail: ParsedMail, path: string): string {
  const m = new RegExp(`https?://\\S+/api/newsletter/${path}\\?token=[A-Za-z0-9_%-]+`).exec(mail.text ?? '')
  if (!m) throw new Error(`no ${path} link in:\n${mail.text}`)
  return m[0]
}

/** A header as sent (unfolded), e.g. `List-Unsubscribe: <https://…>, <mailto:…>`. */
export function rawHeader(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((l) => l.key === name.toLowerCase())?.line ?? ''
  return line.replace(/\r?\n[ \t]+/g, ' ').replace(/^[^:]+:\s*/, '')
}

/** The https/http URL of the List-Unsubscribe header. */
export function listUnsubscribeUrl(mail: ParsedMail): string {
  const header = rawHeader(mail, 'list-unsubscribe')
  const m = /<(https?:[^>]+)>/.exec(header)
  if (!m?.[1]) throw new Error(`no http List-Unsubscribe in "${header}"`)
  return m[1]
}
