import { compileRuleBase } from '../src/engine/rule-base';
import { readRuleFiles } from './lib/read-rule-files';
import { timeAssess } from './bench/assess-timing';

/**
 * `npm run bench`: figures, each beside its budget. Run by hand, not in CI: timings are noisy.
 * Exits non-zero when a budget fails.
 */
interface Row {
  figure: string;
  value: string;
  budget: string;
  pass: boolean | null;
}

const rows: Row[] = [];
const ruleBase = compileRuleBase(readRuleFiles());
const timing = timeAssess(ruleBase);
rows.push({ figure: `assess median (${timing.runs} random answer sets)`, value: `${timing.medianMs.toFixed(3)} ms`, budget: '', pass: null });
rows.push({ figure: `assess p99 (${timing.runs} random answer sets)`, value: `${timing.p99Ms.toFixed(3)} ms`, budget: '≤ 1 ms', pass: timing.p99Ms <= 1 });

const width = (key: keyof Row) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd([width('figure'), width('value'), width('budget'), 4][i])).join(' | ')} |`;
console.log(line(['figure', 'value', 'budget', 'pass']));
console.log(line(['-'.repeat(width('figure')), '-'.repeat(width('value')), '-'.repeat(width('budget')), '----']));
for (const r of rows) console.log(line([r.figure, r.value, r.budget, r.pass === null ? '' : r.pass ? 'pass' : 'FAIL']));
process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
