import { evaluate } from './logic';
import type { AnswerValue, FactId } from './types';
import type { CompiledLogic } from './rule-base';

/**
 * What is known while a walk is under way: definite answers, and for every fact still open the
 * answers it could yet take (`null` where it might turn out not to be asked at all).
 */
export interface Knowledge {
  known: Readonly<Record<FactId, AnswerValue | null>>;
  open: ReadonlyMap<FactId, readonly (AnswerValue | null)[]>;
}

export type Truth = 'true' | 'false' | 'open';

export interface OpenEvaluation {
  truth: Truth;
  /** For an open test: per open fact, the answers under which the test holds. */
  deciding: Map<FactId, Set<AnswerValue>>;
}

/** Settled results are shared: nothing is ever added to their (empty) deciding answers. */
const SETTLED_TRUE: OpenEvaluation = Object.freeze({ truth: 'true', deciding: new Map() });
const SETTLED_FALSE: OpenEvaluation = Object.freeze({ truth: 'false', deciding: new Map() });

/**
 * A test is open when some way of answering the open facts it reads makes it hold and another
 * does not. Tests read two or three facts, so trying every completion is cheap and exact.
 */
export function evaluateOpen(test: CompiledLogic, knowledge: Knowledge): OpenEvaluation {
  const openReads = test.reads.filter((fact) => knowledge.open.has(fact));
  const data: Record<FactId, AnswerValue | null> = Object.create(null);
  for (const fact of test.reads) data[fact] = knowledge.known[fact] ?? null;
  if (openReads.length === 0) return holds(test, data) ? SETTLED_TRUE : SETTLED_FALSE;
  const outcomes: { assignment: (AnswerValue | null)[]; holds: boolean }[] = [];
  const tryFrom = (index: number): void => {
    if (index === openReads.length) {
      outcomes.push({ assignment: openReads.map((fact) => data[fact]), holds: holds(test, data) });
      return;
    }
    const fact = openReads[index];
    for (const value of knowledge.open.get(fact)!) {
      data[fact] = value;
      tryFrom(index + 1);
    }
  };
  tryFrom(0);
  const sawTrue = outcomes.some((o) => o.holds);
  const sawFalse = outcomes.some((o) => !o.holds);
  const truth: Truth = sawTrue && sawFalse ? 'open' : sawTrue ? 'true' : 'false';
  if (truth !== 'open') return truth === 'true' ? SETTLED_TRUE : SETTLED_FALSE;
  return { truth, deciding: decidingAnswers(openReads, outcomes) };
}

function holds(test: CompiledLogic, data: Record<FactId, AnswerValue | null>): boolean {
  let key = '';
  for (const fact of test.reads) key += `${data[fact] ?? '\u0000'}\u0001`;
  let result = test.results.get(key);
  if (result === undefined) {
    result = evaluate(test.when, data);
    test.results.set(key, result);
  }
  return result;
}

/**
 * An answer decides an open test when, given it, the test holds however the other open facts
 * are answered ("spouse has a job: yes" decides "person or spouse has a job"). Where no single
 * answer does, every answer that takes part in some way of making the test hold is named.
 */
function decidingAnswers(
  openReads: FactId[],
  outcomes: { assignment: (AnswerValue | null)[]; holds: boolean }[],
): Map<FactId, Set<AnswerValue>> {
  const alone = new Map<FactId, Set<AnswerValue>>();
  const together = new Map<FactId, Set<AnswerValue>>();
  openReads.forEach((fact, position) => {
    const values = new Set(outcomes.map((o) => o.assignment[position]));
    for (const value of values) {
      if (value === null) continue;
      const given = outcomes.filter((o) => o.assignment[position] === value);
      if (given.every((o) => o.holds)) addTo(alone, fact, value);
      if (given.some((o) => o.holds)) addTo(together, fact, value);
    }
  });
  return alone.size > 0 ? alone : together;
}

function addTo(map: Map<FactId, Set<AnswerValue>>, fact: FactId, value: AnswerValue): void {
  const values = map.get(fact) ?? new Set<AnswerValue>();
  values.add(value);
  map.set(fact, values);
}

export function both(a: Truth, b: Truth): Truth {
  if (a === 'false' || b === 'false') return 'false';
  return a === 'open' || b === 'open' ? 'open' : 'true';
}

export function allOf(truths: Truth[]): Truth {
  if (truths.includes('false')) return 'false';
  return truths.includes('open') ? 'open' : 'true';
}
