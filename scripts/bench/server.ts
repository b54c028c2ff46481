import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface BenchServer {
  origin: string;
  /** The in-memory pages, by path; a page set later is served from then on. */
  pages: Map<string, string>;
  /** The file on disk behind a URL this server answers, or null for an in-memory page. */
  fileFor(url: string): string | null;
  close(): Promise<void>;
}

/**
 * One loopback server for every page the bench compares, so all of them pay the same (tiny)
 * network cost: folders mounted under a URL prefix (`/app/` → the build, `/floor/` → the floor
 * build) and in-memory pages (the host pages). Uncompressed on purpose: sizes are
 * worked out from the files, and on loopback transfer time is not what we measure.
 */
export async function startServer(mounts: Record<string, string>, pages: Map<string, string>): Promise<BenchServer> {
  const fileFor = (pathname: string): string | null => {
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!pathname.startsWith(prefix)) continue;
      const root = resolve(dir);
      const rest = pathname.slice(prefix.length);
      const file = resolve(root, rest === '' || rest.endsWith('/') ? rest + 'index.html' : rest);
      if (file !== root && !file.startsWith(root + sep)) return null;
      return file;
    }
    return null;
  };

  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const page = pages.get(pathname);
      const file = page === undefined ? fileFor(pathname) : null;
      if (page === undefined && file === null) throw new Error('not served');
      const body = page ?? (await readFile(file!));
      res.writeHead(200, {
        'content-type': TYPES[extname(page === undefined ? file! : pathname)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    // Port 0: the OS picks a free port, so a bench never collides with a test run.
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    pages,
    fileFor: (url) => {
      const parsed = new URL(url, origin);
      return parsed.origin === origin && !pages.has(parsed.pathname) ? fileFor(decodeURIComponent(parsed.pathname)) : null;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
