import { join } from 'node:path';
import { build } from 'vite';
import preact from '@preact/preset-vite';

/**
 * Builds the floor page (scripts/bench/floor) the way the product is built — Vite, the Preact
 * preset, minified, the same AMD guard for json-logic-js — but with its own config, so nothing of
 * the project's config (rules, locales, PWA) leaks into it.
 */
export async function buildFloor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'floor'),
    base: './',
    logLevel: 'warn',
    mode: 'production',
    plugins: [preact()],
    define: { 'define.amd': 'false' },
    build: { outDir, emptyOutDir: true },
  });
}
