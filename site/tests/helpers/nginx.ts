/**
 * The production web server for tests: Debian's nginx binary running the project's own server
 * config (deploy/nginx/site.conf.template) from a temporary prefix. The template is filled in as
 * the nginx image fills it at container start (envsubst of the given ${VARS} only); only `listen`
 * and the release folder are changed, and the root stays a `current` symlink as the publishing
 * runner leaves it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { NGINX_TEMPLATE } from '../../scripts/lib/cspHashes'

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx'

export interface SiteNginx {
  /** Origin, e.g. http://127.0.0.1:41234 */
  url: string
  /** The server config as nginx runs it (after substitution). */
  config: string
  close(): Promise<void>
}

/** The template with `${NAME}` replaced for each given variable, as the image's envsubst step does. */
export function fillTemplate(template: string, vars: Record<string, string>): string {
  let out = template
  for (const [name, value] of Object.entries(vars)) out = out.replaceAll(`\${${name}}`, value)
  return out
}

/** Replaces `from` once; a config that no longer has it must fail here, not run untested. */
function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1
  if (count !== 1) throw new Error(`expected one \`${from}\` in ${NGINX_TEMPLATE}, found ${count}`)
  return text.replace(from, to)
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitForListening(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output()}`)
    try {
      await fetch(url, { method: 'HEAD' })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error(`nginx did not answer at ${url} within 10 s:\n${output()}`)
}

/** Starts nginx serving `outDir` with the project's config; `vars` fill the template's ${VARS}. */
export async function startSiteNginx(outDir: string, vars: Record<string, string>): Promise<SiteNginx> {
  if (!fs.existsSync(NGINX_PATH)) throw new Error(`nginx not found at ${NGINX_PATH}: apt-get install -y nginx-light (or set NGINX_PATH).`)
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'site-nginx-'))
  // The layout the publishing runner leaves: releases/<id> and `current` pointing at the live one.
  fs.mkdirSync(path.join(prefix, 'srv'))
  fs.symlinkSync(path.resolve(outDir), path.join(prefix, 'srv', 'current'))
  const port = await freePort()
  let config = fillTemplate(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), vars)
  const unfilled = /\$\{[A-Z_]+\}/.exec(config)
  if (unfilled) throw new Error(`${unfilled[0]} in ${NGINX_TEMPLATE} has no value in this test`)
  config = replaceOnce(config, 'listen 80;', `listen 127.0.0.1:${port};`)
  config = replaceOnce(config, 'root /srv/site/current;', `root ${path.join(prefix, 'srv', 'current')};`)
  fs.writeFileSync(path.join(prefix, 'site.conf'), config)
  // The nginx image's http{} block, minus logging; temporary files inside the prefix.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(prefix, t)};`).join('\n')
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
error_log stderr warn;
pid ${path.join(prefix, 'nginx.pid')};
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  keepalive_timeout 65;
  access_log off;
${temp}
  include ${path.join(prefix, 'site.conf')};
}
`,
  )
  let output = ''
  const child = spawn(NGINX_PATH, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForListening(url, child, () => output)
  } catch (err) {
    child.kill('SIGKILL')
    throw err
  }
  return {
    url,
    config,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        // SIGQUIT: nginx's graceful shutdown (the master stops its worker, then exits).
        child.kill('SIGQUIT')
        await exited
      }
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}
