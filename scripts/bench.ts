import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { compileRuleBase } from '../src/engine/rule-base';
import { ARTEFACTS } from '../vite.config';
import { buildAll } from './lib/build-all';
import { readRuleFiles } from './lib/read-rule-files';
import { timeAssess } from './bench/assess-timing';
import { buildFloor } from './bench/build-floor';
import { measureLoads } from './bench/load-times';
import { compressedSizes, describeSizes, KB, sumSizes, type Sizes } from './bench/sizes';
import { spread, type Spread } from './bench/stats';
import { formatTable, type Row } from './bench/table';

/**
 * `npm run bench`: sizes, start-up times, heap and assess timing, each beside its budget (issue 7),
 * printed as one Markdown table on stdout; progress goes to stderr. Exits non-zero when a budget
 * fails. Run by hand, not in CI: timings are noisy.
 *
 * It always builds the current sources into a temporary folder first (~10 s): no staleness check
 * to get wrong, and dist/ — which others may be using — is left alone. `--dist <folder>` measures
 * an existing build instead; `--runs <n>` changes the 15 timed loads per page.
 *
 * How "first radios visible" is detected, the same way on every page: scripts/bench/first-radios.js.
 * What the embed's bytes are made of (not budgeted): `npx tsx scripts/bench/breakdown.ts`.
 */
const BUDGET = {
  embedGzipBytes: 45 * KB,
  ratio: 1.5,
  heapBytes: 3 * 1024 * 1024,
  assessP99Ms: 1,
};
const CPU_THROTTLING = 4;

const { values: args } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string', default: '15' } } });
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${args.runs}`);
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

  const loadBefore = loadavg()[0];
  log(`timing first radios: ${runs} runs × 3 pages, CPU throttling ${CPU_THROTTLING}×, load average ${loadBefore.toFixed(1)}`);
  const loads = await measureLoads({ appDir, embedModule: ARTEFACTS.embedModule, floorDir, runs, cpuThrottling: CPU_THROTTLING, log });

  const rows: Row[] = [];
  const sizesOf = async (files: string[]): Promise<Sizes> => sumSizes(await Promise.all(files.map(async (f) => compressedSizes(await readFile(f)))));
  const named = (files: string[], dir: string) => files.map((f) => relative(dir, f).split(sep).join('/')).join(', ');

  // The embed module as a host page gets it: the entry plus any chunk it pulls in before the first question.
  const embedDir = join(appDir, ARTEFACTS.embedDir);
  const embedEntry = join(appDir, ARTEFACTS.embedModule);
  if (!loads.embedFiles.includes(embedEntry)) throw new Error('the host page never fetched the embed module');
  const embed = await sizesOf(loads.embedFiles);
  const chunks = loads.embedFiles.length - 1;
  rows.push({
    figure: `embed module (${basename(embedEntry)}${chunks ? ` + ${chunks} chunk${chunks > 1 ? 's' : ''}` : ''})`,
    value: describeSizes(embed),
    budget: `≤ ${BUDGET.embedGzipBytes / KB} kB gzip`,
    pass: embed.gzip <= BUDGET.embedGzipBytes,
  });
  rows.push({ figure: `app before first question (${loads.appFiles.length} files)`, value: describeSizes(await sizesOf(loads.appFiles)), budget: '', pass: null });
  rows.push({ figure: 'single offline HTML file', value: describeSizes(await sizesOf([join(appDir, ARTEFACTS.offlineFile)])), budget: '', pass: null });
  // Every other module in the embed folder is optional: a host page loads it only when it wants it.
  const optional = (await readdir(embedDir)).filter((f) => f.endsWith('.js') && !loads.embedFiles.includes(join(embedDir, f))).sort();
  for (const file of optional) {
    rows.push({ figure: `optional module ${file}`, value: describeSizes(await sizesOf([join(embedDir, file)])), budget: '', pass: null });
  }

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const times = (s: Spread) => `median ${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)})`;
  const a = spread(loads.embed.map((r) => r.firstRadiosMs));
  const b = spread(loads.floor.map((r) => r.firstRadiosMs));
  const c = spread(loads.static.map((r) => r.firstRadiosMs));
  const radios = `first radios visible, CPU throttled ${CPU_THROTTLING}×, ${runs} runs`;
  rows.push({ figure: `(a) embed on a plain host page: ${radios}`, value: times(a), budget: '', pass: null });
  rows.push({ figure: `(b) floor page (preact + json-logic-js + i18next): ${radios}`, value: times(b), budget: '', pass: null });
  rows.push({ figure: `(c) static page, same radios, no script: ${radios}`, value: times(c), budget: '', pass: null });
  // Medians: one slow load must not decide the ratio. A floor no slower than the static page makes it meaningless.
  const ratio = b.median > c.median ? (a.median - c.median) / (b.median - c.median) : Number.POSITIVE_INFINITY;
  rows.push({ figure: 'ratio (a − c) / (b − c), medians', value: Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a (b ≤ c)', budget: `≤ ${BUDGET.ratio}`, pass: ratio <= BUDGET.ratio });

  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  const heap = spread(loads.embed.map((r) => r.heapBytes));
  rows.push({ figure: `JS heap after first render, embed (median of ${runs})`, value: mib(heap.median), budget: `≤ ${mib(BUDGET.heapBytes)}`, pass: heap.median <= BUDGET.heapBytes });
  for (const [name, page] of [['floor page', loads.floor], ['static page', loads.static]] as const) {
    rows.push({ figure: `JS heap after first render, ${name} (for comparison)`, value: mib(spread(page.map((r) => r.heapBytes)).median), budget: '', pass: null });
  }

  rows.push({ figure: `assess median (${assess.runs} random answer sets)`, value: `${assess.medianMs.toFixed(3)} ms`, budget: '', pass: null });
  rows.push({ figure: `assess p99 (${assess.runs} random answer sets)`, value: `${assess.p99Ms.toFixed(3)} ms`, budget: `≤ ${BUDGET.assessP99Ms} ms`, pass: assess.p99Ms <= BUDGET.assessP99Ms });
  // Context for a failing p99: the same sets, each at its fastest of 3 — the work without the machine's noise.
  rows.push({ figure: `assess p99, fastest of ${assessBest.repeats} per set (work without machine noise)`, value: `${assessBest.p99Ms.toFixed(3)} ms`, budget: '', pass: null });

  console.log(formatTable(rows));
  console.log(`\nkB = 1000 bytes; gzip -9 and brotli q11 of each file, summed. App files: ${named(loads.appFiles, appDir)}.`);
  const busy = Math.max(loadBefore, loadavg()[0]) > availableParallelism() ? ' — busy machine: treat the timings as rough' : '';
  console.log(`Load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs during the timed loads${busy}.`);
  process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
} finally {
  await rm(work, { recursive: true, force: true });
}
