import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { hostPage } from './pages';
import type { BenchServer } from './server';
import { compressedSizes, sumSizes, type Sizes } from './sizes';

export interface HostPage {
  name: string;
  /** Module file names in the embed folder, in snippet order. */
  modules: string[];
  body?: string;
}

/** The pages a host would build: the guide alone, and with each optional module (Danish pages; English for information). */
export const HOST_PAGES: HostPage[] = [
  { name: 'guide alone', modules: ['paragraf18-guiden.js'] },
  { name: 'guide + paperwork', modules: ['paragraf18-guiden.js', 'paragraf18-papirarbejde.js'] },
  {
    name: 'guide + presenter',
    modules: ['paragraf18-guiden.js', 'paragraf18-praesentation.js'],
    body: '<paragraf18-praesentation case="threats"></paragraf18-praesentation>',
  },
  // Not budgeted (issue 14 budgets Danish pages): what offering English adds to a host page.
  { name: 'guide + English', modules: ['paragraf18-guiden.js', 'paragraf18-engelsk.js'], body: '<paragraf18-guiden lang="en"></paragraf18-guiden>' },
];

export interface PageSizes {
  page: HostPage;
  /** Every file the page fetched (on disk), the page itself excluded. */
  files: string[];
  sizes: Sizes;
}

/**
 * Loads each host page (unthrottled: bytes do not depend on the CPU) until the network is idle,
 * and sums what it fetched, each file compressed on its own: everything the page loads, not what
 * a file list says it should.
 */
export async function measurePageSizes(browser: Browser, server: BenchServer, embedDir: string): Promise<PageSizes[]> {
  const measured: PageSizes[] = [];
  for (const page of HOST_PAGES) {
    const path = `/bench/sizes-${measured.length}.html`;
    server.pages.set(path, hostPage(page.modules.map((m) => `/app/${embedDir}/${m}`), page.body));
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      const urls = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      const files = [...new Set(urls.map((url) => server.fileFor(url)).filter((f): f is string => f !== null))];
      for (const module of page.modules) {
        if (!files.some((f) => f.endsWith(`/${module}`))) throw new Error(`${page.name}: the page never fetched ${module}`);
      }
      measured.push({ page, files, sizes: sumSizes(await Promise.all(files.map(async (f) => compressedSizes(await readFile(f))))) });
    } finally {
      await context.close();
    }
  }
  return measured;
}
