import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAll } from '../../scripts/lib/build-all';
import { serve } from './static-server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin plus trailing slash of the built app, e.g. http://127.0.0.1:41234/ */
    baseURL: string;
    /** The folder the build was written to, for tests that serve it themselves (offline, file://). */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), 'p18-build-'));
  await buildAll(outDir);
  const server = await serve(outDir);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
  project.provide('distDir', outDir);

  return async () => {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    await rm(outDir, { recursive: true, force: true });
  };
}
