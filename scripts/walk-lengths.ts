/**
 * `npm run walk-lengths`: for every scenario file, the screens a caseworker goes through from the
 * start to the result (the perspective, each question page, the check page), walked the way the
 * guide walks: the engine picks every question, a checkbox page counts once and is answered with
 * the ticks the scenario's answers stand for. Ends with the median and the maximum.
 */
import { basename } from 'node:path';
import { assess } from '../src/engine/assess.ts';
import { compileRuleBase } from '../src/engine/rule-base.ts';
import { ticksFor } from '../src/engine/reasons.ts';
import { jsonFilesIn, readJson, readRuleFiles } from './lib/read-rule-files.ts';
import { screensFor } from './lib/walk-screens.ts';

const ruleBase = compileRuleBase(readRuleFiles());
const rows = jsonFilesIn('scenarios').map((path) => {
  const scenario = readJson(path) as { answers: Record<string, string> };
  return { id: basename(path, '.json'), ...screensFor(ruleBase, scenario.answers, assess, ticksFor) };
});
const width = Math.max(...rows.map((r) => r.id.length));
for (const r of rows) console.log(`${r.id.padEnd(width)}  ${String(r.screens).padStart(2)}  ${r.pages.join(' → ')}${r.unanswered ? `  (asked ${r.unanswered}, not in the file)` : ''}`);
const sorted = rows.map((r) => r.screens).sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
console.log(`\n${rows.length} scenarios · screens from start to result (perspective + questions + check page): median ${median}, max ${sorted.at(-1)}`);
