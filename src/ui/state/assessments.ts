import { assess } from '../../engine/assess';
import type { RuleBase } from '../../engine/rule-base';
import type { Answers, Assessment, FactId } from '../../engine/types';

/**
 * One step of the walk needs the assessment of the same answers several times: the answer's new
 * position, the page it leads to, the history entry and the page's components. The engine is pure,
 * so the UI asks it once per set of answers and reuses the result (frozen: no caller may change it).
 * Only the last few sets are kept: a walk moves forward one answer at a time.
 */
const KEPT = 8;
const recent = new WeakMap<RuleBase, { key: string; assessment: Assessment }[]>();

const keyOf = (answers: Answers): string =>
  Object.keys(answers)
    .sort()
    .map((fact) => `${fact}=${answers[fact]}`)
    .join('&');

export function assessed(ruleBase: RuleBase, answers: Answers): Assessment {
  const key = keyOf(answers);
  const kept = recent.get(ruleBase) ?? [];
  const hit = kept.find((entry) => entry.key === key);
  if (hit) return hit.assessment;
  const assessment = Object.freeze(assess(ruleBase, answers));
  recent.set(ruleBase, [{ key, assessment }, ...kept.slice(0, KEPT - 1)]);
  return assessment;
}

/**
 * While the caseworker reads a question, works out in idle time what each of its answers would
 * lead to (or, on the opening page, the answers as they are), so the click that follows finds the
 * assessment ready instead of computing it before the next question can be shown. The result is
 * the same either way; only when it is computed changes. Returns a cancel for the next page.
 */
export function assessAheadInIdleTime(ruleBase: RuleBase, answers: Answers, fact: FactId | null, win: Window = window): () => void {
  const options = fact === null ? null : ruleBase.factById.get(fact);
  // A checkbox page answers many options at once: it asks ahead for the ticks as they stand.
  if (options?.group !== undefined) return () => {};
  return assessSetsInIdleTime(ruleBase, options ? options.answers.map((value) => ({ ...answers, [options.id]: value })) : [answers], win);
}

/** Assesses each set of answers in an idle moment of its own; the cancel drops those not reached. */
export function assessSetsInIdleTime(ruleBase: RuleBase, sets: Answers[], win: Window = window): () => void {
  const left = [...sets];
  let timer: number | undefined;
  const idle = (run: () => void): number =>
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(run, { timeout: 2000 }) : win.setTimeout(run, 200);
  const next = () => {
    const set = left.shift();
    if (set === undefined) return;
    assessed(ruleBase, set);
    timer = idle(next);
  };
  timer = idle(next);
  return () => {
    left.length = 0;
    if (timer === undefined) return;
    if (typeof win.cancelIdleCallback === 'function') win.cancelIdleCallback(timer);
    else win.clearTimeout(timer);
  };
}
