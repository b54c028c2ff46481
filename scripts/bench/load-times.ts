import { launch, timedLoad, type Run } from './browser';
import { startServer, type BenchServer } from './server';
import { hostPage } from './pages';

export interface Loads {
  /** The embed on a plain host page, and the floor page: `runs` each, interleaved. */
  embed: Run[];
  floor: Run[];
  /** Files the standalone app fetched before its first radios were visible. */
  appFiles: string[];
}

interface Options {
  server: BenchServer;
  embedModule: string;
  runs: number;
  cpuThrottling: number;
  log(line: string): void;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/**
 * Loads the embed's host page and the floor page `runs` times each, interleaved (a b a b …) so a
 * slow spell of the machine hits both alike, in one browser with a fresh context per load. One
 * round before that is thrown away: it warms the browser process and the server.
 */
export async function measureLoads(options: Options): Promise<Loads> {
  const { server } = options;
  server.pages.set('/bench/host.html', hostPage([`/app/${options.embedModule}`]));
  const browser = await launch();
  try {
    const url = { embed: `${server.origin}/bench/host.html`, floor: `${server.origin}/floor/` };
    const load = (page: keyof typeof url) => timedLoad(browser, url[page], options.cpuThrottling);
    const filesOf = (run: Run) => run.requests.map((r) => server.fileFor(r)).filter((f): f is string => f !== null);

    options.log('warm-up round');
    await load('floor');
    await load('embed');
    // Bytes only: the app's requests do not depend on the CPU, so no throttling for this one.
    const appFiles = filesOf(await timedLoad(browser, `${server.origin}/app/`, 1));

    const runs: Pick<Loads, 'embed' | 'floor'> = { embed: [], floor: [] };
    for (let i = 1; i <= options.runs; i++) {
      for (const page of ['embed', 'floor'] as const) runs[page].push(await load(page));
      const line = (['embed', 'floor'] as const).map((p) => `${p} task ${ms(runs[p][i - 1].mainThread.task)} (first radios ${ms(runs[p][i - 1].firstRadiosMs)})`);
      options.log(`round ${i}/${options.runs}: ${line.join(', ')}`);
    }
    return { ...runs, appFiles };
  } finally {
    await browser.close();
  }
}
