import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { compileRuleBase } from '../src/engine/rule-base';
import { ARTEFACTS } from '../vite.config';
import { buildAll } from './lib/build-all';
import { readRuleFiles } from './lib/read-rule-files';
import { timeAssess } from './bench/assess-timing';
import { launch, type MainThread } from './bench/browser';
import { buildFloor } from './bench/build-floor';
import { measureLoads } from './bench/load-times';
import { measurePageSizes } from './bench/page-sizes';
import { startServer } from './bench/server';
import { compressedSizes, describeSizes, KB, sumSizes, type Sizes } from './bench/sizes';
import { percentile, spread, type Spread } from './bench/stats';
import { formatTable, type Row } from './bench/table';
import { clickFloorPage } from './bench/pages';
import { measureWalk } from './bench/walk-latency';

/**
 * `npm run bench`: what a user feels and what a host page carries, each beside its budget (issue
 * 14), printed as one Markdown table on stdout; progress goes to stderr. Exits non-zero when a
 * budget fails. Run by hand, not in CI: timings need a quiet machine.
 *
 * - Start-up: main-thread time (CDP Performance.getMetrics: task, script, layout, style) from
 *   navigation to the first visible radios, the embed on a plain host page against the floor page,
 *   `--runs` interleaved loads each (15) at 4× CPU throttling, medians. Wall-clock times are shown
 *   for information only: on a shared machine they measure the machine.
 * - Interaction: a full walk of a training case (`--case`, `--walks` times) at 4×: click on the
 *   submit → next question painted (median, p95; Event Timing, see walk-latency.ts), and → result
 *   page painted; for information, the same click on a page that does the least a step does (the
 *   machine's floor), as many clicks after each walk.
 * - Sizes per page a host would build (guide alone, + paperwork, + presenter): everything the page
 *   loads, gzip -9 of each file, summed.
 * - JS heap after the first render; assess p99 (fastest of 3 per answer set is budgeted).
 *
 * It builds the current sources into a temporary folder first: dist/, which others may be using,
 * is left alone. `--dist <folder>` measures an existing build instead.
 * How "first radios visible" is detected, the same on every page: scripts/bench/first-radios.js.
 * What the guide's bytes are made of (not budgeted): `npx tsx scripts/bench/breakdown.ts`.
 */
const BUDGET = {
  pageGzipBytes: { 'guide alone': 56 * KB, 'guide + paperwork': 75 * KB, 'guide + presenter': 75 * KB } as Record<string, number>,
  taskRatio: 1.35,
  nextQuestionP95Ms: 50,
  resultMs: 150,
  heapBytes: 3 * 1024 * 1024,
  assessP99Ms: 1,
};
const CPU_THROTTLING = 4;

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '15' },
    walks: { type: 'string', default: '3' },
    case: { type: 'string', default: 'seedCase-commonChildWaitsForHousing' },
  },
});
const count = (name: 'runs' | 'walks') => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not ${args[name]}`);
  return n;
};
const runs = count('runs');
const walks = count('walks');
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

// First, while nothing of the bench's own (builds, browser) competes for the CPU.
log('timing assess');
const ruleBase = compileRuleBase(readRuleFiles());
const assess = timeAssess(ruleBase);
const assessBest = timeAssess(ruleBase, assess.runs, 3);

const work = await mkdtemp(join(tmpdir(), 'p18-bench-'));
// Ctrl-C mid-run must not leave a build behind in the temp folder.
process.once('SIGINT', () => {
  rmSync(work, { recursive: true, force: true });
  process.exit(130);
});
try {
  const appDir = resolve(args.dist ?? join(work, 'app'));
  const floorDir = join(work, 'floor');
  if (args.dist === undefined) {
    log('building the current sources');
    await buildAll(appDir);
  } else if (!existsSync(join(appDir, ARTEFACTS.embedModule))) {
    throw new Error(`${appDir} has no ${ARTEFACTS.embedModule}: build it first`);
  }
  log('building the floor page');
  await buildFloor(floorDir);
  const server = await startServer({ '/app/': appDir, '/floor/': floorDir }, new Map());

  const rows: Row[] = [];
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  let loads: Awaited<ReturnType<typeof measureLoads>>;
  const loadBefore = loadavg()[0];
  try {
    log(`main-thread time to first radios: ${runs} runs × 2 pages, CPU throttling ${CPU_THROTTLING}×, load average ${loadBefore.toFixed(1)}`);
    loads = await measureLoads({ server, embedModule: ARTEFACTS.embedModule, runs, cpuThrottling: CPU_THROTTLING, log });

    const browser = await launch();
    try {
      log('sizes per host page');
      for (const measured of await measurePageSizes(browser, server, ARTEFACTS.embedDir)) {
        const budget = BUDGET.pageGzipBytes[measured.page.name];
        const names = measured.files.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(' + ');
        rows.push({
          figure: `page: ${measured.page.name} (${names})`,
          value: describeSizes(measured.sizes),
          budget: budget === undefined ? '(for information)' : `≤ ${budget / KB} kB gzip`,
          pass: budget === undefined ? null : measured.sizes.gzip <= budget,
        });
      }

      log(`walking training case ${args.case} ${walks}× at ${CPU_THROTTLING}×`);
      server.pages.set('/bench/click-floor.html', clickFloorPage);
      const walk = await measureWalk(browser, `${server.origin}/bench/host.html`, `${server.origin}/bench/click-floor.html`, args.case, walks, CPU_THROTTLING);
      log(`steps (screen left, ms): ${walk.detail.join(', ')}`);
      if (walk.guessed.length > 0) log(`the scenario does not answer ${walk.guessed.join(', ')}: answered "no" (or the first option)`);
      const next = spread(walk.nextQuestionMs);
      const p95 = percentile(walk.nextQuestionMs, 0.95);
      const walkNote = `${walk.nextQuestionMs.length} steps in ${walks} walks, ${CPU_THROTTLING}×`;
      rows.push({ figure: `answer → next question painted, median (${walkNote})`, value: `${ms(next.median)} (min ${ms(next.min)}, max ${ms(next.max)})`, budget: '', pass: null });
      rows.push({ figure: `answer → next question painted, p95 (${walkNote})`, value: ms(p95), budget: `≤ ${BUDGET.nextQuestionP95Ms} ms`, pass: p95 <= BUDGET.nextQuestionP95Ms });
      const floor = spread(walk.floorMs);
      rows.push({
        figure: `click floor: the same click, on a page that only changes a heading and focuses it (information; ${walk.floorMs.length} clicks after the walks, ${CPU_THROTTLING}×), median / p95`,
        value: `${ms(floor.median)} / ${ms(percentile(walk.floorMs, 0.95))} (max ${ms(floor.max)})`,
        budget: '',
        pass: null,
      });
      const afterFrame = spread(walk.nextQuestionAfterFrameMs);
      rows.push({
        figure: `answer → frame after the change + posted message, median / p95 (information; ${walk.eventTimed} of ${walk.nextQuestionMs.length} steps timed by Event Timing)`,
        value: `${ms(afterFrame.median)} / ${ms(percentile(walk.nextQuestionAfterFrameMs, 0.95))}`,
        budget: '',
        pass: null,
      });
      const spentMedian = (part: keyof MainThread) => ms(spread(walk.nextQuestionMainThread.map((m) => m[part])).median);
      rows.push({
        figure: `answer → next question: main-thread time per step, medians (${walkNote})`,
        value: `task ${spentMedian('task')}: script ${spentMedian('script')}, layout ${spentMedian('layout')}, style ${spentMedian('style')}`,
        budget: '',
        pass: null,
      });
      const result = spread(walk.resultMs);
      rows.push({ figure: `last answer → result page painted, median of ${walks} walks, ${CPU_THROTTLING}×`, value: `${ms(result.median)} (max ${ms(result.max)})`, budget: `≤ ${BUDGET.resultMs} ms`, pass: result.median <= BUDGET.resultMs });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }

  const parts: (keyof MainThread)[] = ['task', 'script', 'layout', 'style'];
  const median = (page: 'embed' | 'floor', part: keyof MainThread) => spread(loads[page].map((r) => r.mainThread[part])).median;
  const times = (s: Spread) => `median ${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)})`;
  const radios = `to first radios, ${runs} interleaved runs, ${CPU_THROTTLING}×`;
  for (const part of parts) {
    const [embed, floor] = [median('embed', part), median('floor', part)];
    rows.push({ figure: `main-thread ${part} time ${radios}: embed vs floor`, value: `${ms(embed)} vs ${ms(floor)} (×${(embed / floor).toFixed(2)})`, budget: '', pass: null });
  }
  const ratio = median('embed', 'task') / median('floor', 'task');
  rows.push({ figure: 'main-thread task time, embed ÷ floor (medians)', value: ratio.toFixed(2), budget: `≤ ${BUDGET.taskRatio}`, pass: ratio <= BUDGET.taskRatio });
  rows.push({ figure: `wall clock to first radios, embed (information only)`, value: times(spread(loads.embed.map((r) => r.firstRadiosMs))), budget: '', pass: null });
  rows.push({ figure: `wall clock to first radios, floor (information only)`, value: times(spread(loads.floor.map((r) => r.firstRadiosMs))), budget: '', pass: null });

  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  const heap = spread(loads.embed.map((r) => r.heapBytes));
  rows.push({ figure: `JS heap after first render, embed (median of ${runs})`, value: mib(heap.median), budget: `≤ ${mib(BUDGET.heapBytes)}`, pass: heap.median <= BUDGET.heapBytes });
  rows.push({ figure: 'JS heap after first render, floor page (for comparison)', value: mib(spread(loads.floor.map((r) => r.heapBytes)).median), budget: '', pass: null });

  rows.push({ figure: `assess median, single run (${assess.runs} random answer sets)`, value: `${assess.medianMs.toFixed(3)} ms`, budget: '', pass: null });
  rows.push({ figure: `assess p99, single run (machine noise included)`, value: `${assess.p99Ms.toFixed(3)} ms`, budget: '', pass: null });
  rows.push({ figure: `assess p99, fastest of ${assessBest.repeats} per set`, value: `${assessBest.p99Ms.toFixed(3)} ms`, budget: `≤ ${BUDGET.assessP99Ms} ms`, pass: assessBest.p99Ms <= BUDGET.assessP99Ms });

  const sizesOf = async (files: string[]): Promise<Sizes> => sumSizes(await Promise.all(files.map(async (f) => compressedSizes(await readFile(f)))));
  rows.push({ figure: `app before first question (${loads.appFiles.length} files)`, value: describeSizes(await sizesOf(loads.appFiles)), budget: '', pass: null });
  rows.push({ figure: 'single offline HTML file', value: describeSizes(await sizesOf([join(appDir, ARTEFACTS.offlineFile)])), budget: '', pass: null });
  rows.push({ figure: 'iframe-resizer.js', value: describeSizes(await sizesOf([join(appDir, ARTEFACTS.embedDir, 'iframe-resizer.js')])), budget: '', pass: null });

  console.log(formatTable(rows));
  const named = (files: string[], dir: string) => files.map((f) => relative(dir, f).split(sep).join('/')).join(', ');
  console.log(`\nkB = 1000 bytes; gzip -9 and brotli q11 of each file, summed. App files: ${named(loads.appFiles, appDir)}.`);
  const busy = Math.max(loadBefore, loadavg()[0]) > availableParallelism() ? ' — busy machine: compare the ratios, not the absolute times' : '';
  console.log(`Load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs${busy}.`);
  process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
} finally {
  await rm(work, { recursive: true, force: true });
}
