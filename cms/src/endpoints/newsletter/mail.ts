import type { Payload } from 'payload'

import { env } from '../../env'
import { confirmUrl, preferencesUrl, sitePage, unsubscribeMailto, unsubscribeUrl } from './links'

export interface NewsletterMail {
  to: string
  subject: string
  text: string
  html: string
  headers: Record<string, string>
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** RFC 2369 + RFC 8058 headers: mail clients show an unsubscribe button that POSTs the https link. */
export function listHeaders(manage: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(manage)}>, <${unsubscribeMailto()}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': `${env.EMAIL_FROM_NAME} newsletter <newsletter.${new URL(env.CMS_URL).hostname}>`,
  }
}

const footerText = (manage: string) => ['--', `Choose what you receive: ${preferencesUrl(manage)}`, `Unsubscribe: ${unsubscribeUrl(manage)}`, `How we handle your address: ${sitePage('/privacy-policy/')}`]

const footerHtml = (manage: string) =>
  `<hr>\n<p style="font-size:.85em"><a href="${escapeHtml(preferencesUrl(manage))}">Choose what you receive</a> · <a href="${escapeHtml(unsubscribeUrl(manage))}">Unsubscribe</a> · <a href="${escapeHtml(sitePage('/privacy-policy/'))}">How we handle your address</a></p>`

const htmlPage = (inner: string[]) => ['<!doctype html><html lang="en"><body style="font-family:sans-serif;line-height:1.5;max-width:36em">', ...inner, '</body></html>'].join('\n')

function compose(to: string, subject: string, paragraphs: string[], action: { label: string; url: string } | undefined, manage: string): NewsletterMail {
  const text = [...paragraphs, ...(action ? [`${action.label}:\n${action.url}`] : []), ...footerText(manage)].join('\n\n')
  const html = htmlPage([
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:.6em 1em;background:#0b5394;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(action.label)}</a></p><p style="font-size:.9em">Or open this address: ${escapeHtml(action.url)}</p>` : '',
    footerHtml(manage),
  ])
  return { to, subject, text, html, headers: listHeaders(manage) }
}

/** A campaign message: the editor's body (already rendered safely from rich text) with the same footer and headers as every message. */
export const campaignMail = (to: string, subject: string, body: { html: string; text: string }, manage: string): NewsletterMail => ({
  to,
  subject,
  text: [body.text, ...footerText(manage)].join('\n\n'),
  html: htmlPage([body.html, footerHtml(manage)]),
  headers: listHeaders(manage),
})

/** The double opt-in message: nothing else is sent until its link is opened. */
export const confirmationMail = (to: string, confirmToken: string, manage: string) =>
  compose(
    to,
    `Confirm your subscription to the ${env.EMAIL_FROM_NAME} newsletter`,
    [
      `Someone — we hope you — asked to receive the ${env.EMAIL_FROM_NAME} newsletter at this address.`,
      'Please confirm within 48 hours. If it was not you, ignore this message: you will not hear from us again.',
    ],
    { label: 'Confirm my subscription', url: confirmUrl(confirmToken) },
    manage,
  )

/** Sent instead when the address is already subscribed: the answer on the site must not differ. */
export const alreadySubscribedMail = (to: string, manage: string) =>
  compose(
    to,
    `You are already subscribed to the ${env.EMAIL_FROM_NAME} newsletter`,
    ['Someone asked to subscribe this address, and it already receives our newsletter: nothing has changed.', 'You can choose what you receive, or unsubscribe, with the links below.'],
    { label: 'Choose what you receive', url: preferencesUrl(manage) },
    manage,
  )

/**
 * Sends through Payload's e-mail adapter in the background: the signup answer must not wait for
 * (or reveal the timing of) SMTP. Failures are logged without the address.
 */
export function sendInBackground(payload: Payload, mail: NewsletterMail): Promise<void> {
  return payload
    .sendEmail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers })
    .then(() => undefined)
    .catch((err: unknown) => {
      payload.logger.error({ err, msg: `newsletter: sending "${mail.subject}" failed` })
    })
}
