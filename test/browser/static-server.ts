import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTEFACTS } from '../../vite.config';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The policy the widget must live under on a host site; violations surface in the harness. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'; " +
  // Trusted Types required, as on a locked-down government site: no string reaches a script sink.
  "require-trusted-types-for 'script'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const FIXTURES = join(root, 'test', 'browser', 'fixtures');

/**
 * Host pages for the embed tests live in test/browser/fixtures and are served under /host/, beside
 * the build; `{{embedModule}}` and `{{embedDir}}` in them become the versioned paths of the embed.
 */
async function readServed(dir: string, path: string): Promise<{ file: string; body: Buffer }> {
  const fromFixtures = path.startsWith('/host/');
  const base = fromFixtures ? FIXTURES : dir;
  let file = resolve(base, '.' + (fromFixtures ? path.slice('/host'.length) : path));
  if (file !== base && !file.startsWith(base + sep)) throw new Error('outside root');
  if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  const body = await readFile(file);
  if (!fromFixtures || extname(file) !== '.html') return { file, body };
  return { file, body: Buffer.from(body.toString('utf8').replaceAll('{{embedModule}}', `/${ARTEFACTS.embedModule}`).replaceAll('{{embedDir}}', `/${ARTEFACTS.embedDir}`)) };
}

/** Serves the build (and the host fixtures) on a free loopback port, every response under CSP. */
export function serve(dir: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const { file, body } = await readServed(dir, path);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    // Port 0: the OS picks a free one, so parallel runs on one machine cannot collide.
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

