import fs from 'node:fs/promises'
import path from 'node:path'

import type { Transport, SendMailOptions } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

interface SentInfo {
  envelope: { from: string; to: string[] }
  messageId: string
  path: string
}

/**
 * A nodemailer transport for local runs without SMTP: each message is written to `dir` as an
 * .eml file (open it in any mail client) and its path is logged.
 */
export function fileTransport(dir: string, log: (msg: string) => void = console.log): Transport<SentInfo> {
  return {
    name: 'clearinghouse-file',
    version: '1.0.0',
    send(mail: MailMessage<SentInfo>, callback: (err: Error | null, info: SentInfo) => void) {
      mail.message.build((buildErr, raw) => {
        if (buildErr) return callback(buildErr, undefined as unknown as SentInfo)
        const envelope = mail.message.getEnvelope()
        const messageId = mail.message.messageId()
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^a-z0-9]/gi, '').slice(0, 16)}.eml`)
        fs.mkdir(dir, { recursive: true })
          .then(() => fs.writeFile(file, raw))
          .then(() => {
            const data = mail.data as SendMailOptions
            log(`[mail] "${String(data.subject ?? '')}" to ${envelope.to.join(', ')} written to ${file}`)
            callback(null, { envelope: { from: envelope.from || '', to: envelope.to }, messageId, path: file })
          })
          .catch((err: Error) => callback(err, undefined as unknown as SentInfo))
      })
    },
  }
}
