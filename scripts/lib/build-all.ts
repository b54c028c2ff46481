import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Builds every artefact into one folder, in the order the service worker needs: the single file
 * and the embed first, so the app's precache list (made last) includes the single file.
 */
export async function buildAll(outDir = join(ROOT, 'dist')): Promise<void> {
  // Builds started from vitest inherit NODE_ENV=test and would come out as development builds.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await rm(outDir, { recursive: true, force: true });
    const { EMBED_MODULES } = await import('../../vite.config');
    for (const mode of ['singlefile', ...Object.keys(EMBED_MODULES), 'production']) {
      const embedDir = mode in EMBED_MODULES ? await embedOutDir(outDir) : undefined;
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        mode,
        logLevel: 'warn',
        build: { outDir: embedDir ?? outDir },
      });
    }
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

async function embedOutDir(outDir: string): Promise<string> {
  const { ARTEFACTS } = await import('../../vite.config');
  return join(outDir, ARTEFACTS.embedDir);
}
