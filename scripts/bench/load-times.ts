import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, timedLoad, type Run } from './browser';
import { startServer } from './server';
import { hostPage, staticPage } from './pages';

export interface Loads {
  /** (a) the embed on a plain host page, (b) the floor page, (c) the static page: `runs` each. */
  embed: Run[];
  floor: Run[];
  static: Run[];
  /** Files (on disk) the host page fetched before the embed's first radios were visible. */
  embedFiles: string[];
  /** Files the standalone app fetched before its first radios were visible. */
  appFiles: string[];
}

interface Options {
  appDir: string;
  embedModule: string;
  floorDir: string;
  runs: number;
  cpuThrottling: number;
  log(line: string): void;
}

/**
 * Loads the three pages `runs` times each, interleaved (a b c a b c …) so a slow spell of the
 * machine hits all three alike, in one browser with a fresh context per load. One round before
 * that is thrown away: it warms the browser process and the server, and yields the floor page's
 * rendered body (for the static page) and the lists of files the embed and the app fetch.
 */
export async function measureLoads(options: Options): Promise<Loads> {
  const pages = new Map<string, string>([['/bench/host.html', hostPage(`/app/${options.embedModule}`)]]);
  const server = await startServer({ '/app/': options.appDir, '/floor/': options.floorDir }, pages);
  const browser = await launch();
  try {
    const url = {
      embed: `${server.origin}/bench/host.html`,
      floor: `${server.origin}/floor/`,
      static: `${server.origin}/bench/static.html`,
    };
    const load = (page: keyof typeof url) => timedLoad(browser, url[page], options.cpuThrottling);
    const filesOf = (run: Run) => run.requests.map((r) => server.fileFor(r)).filter((f): f is string => f !== null);

    options.log('warm-up round');
    const floorWarm = await load('floor');
    pages.set('/bench/static.html', staticPage(await readFile(join(options.floorDir, 'index.html'), 'utf8'), floorWarm.bodyHtml));
    const embedWarm = await load('embed');
    await load('static');
    // Bytes only: the app's requests do not depend on the CPU, so no throttling for this one.
    const appFiles = filesOf(await timedLoad(browser, `${server.origin}/app/`, 1));

    const runs: Pick<Loads, 'embed' | 'floor' | 'static'> = { embed: [], floor: [], static: [] };
    for (let i = 1; i <= options.runs; i++) {
      for (const page of ['embed', 'floor', 'static'] as const) runs[page].push(await load(page));
      options.log(`round ${i}/${options.runs}: ${(['embed', 'floor', 'static'] as const).map((p) => `${p} ${runs[p][i - 1].firstRadiosMs.toFixed(0)} ms`).join(', ')}`);
    }
    return { ...runs, embedFiles: filesOf(embedWarm), appFiles };
  } finally {
    await browser.close();
    await server.close();
  }
}
