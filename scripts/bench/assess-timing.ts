import { performance } from 'node:perf_hooks';
import { assess } from '../../src/engine/assess';
import type { RuleBase } from '../../src/engine/rule-base';

/** A small seeded generator, so two runs time the same answer sets. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Answer sets as walks leave them: each fact unanswered about a third of the time, else any allowed answer. */
export function randomAnswerSets(ruleBase: RuleBase, count: number, seed = 18): Record<string, string>[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    const answers: Record<string, string> = {};
    for (const fact of ruleBase.facts) {
      if (random() < 0.33) continue;
      answers[fact.id] = fact.answers[Math.floor(random() * fact.answers.length)];
    }
    return answers;
  });
}

export interface Timing {
  medianMs: number;
  p99Ms: number;
  runs: number;
  /** How often each answer set was timed; its fastest time counts. */
  repeats: number;
}

/**
 * Times `assess` once per answer set (repeats = 1: the budgeted figure, pauses of the machine and
 * the garbage collector included). With repeats > 1 each set counts with its fastest time, which
 * leaves the work itself: the way to tell a slow answer set from a busy machine.
 */
export function timeAssess(ruleBase: RuleBase, count = 10_000, repeats = 1): Timing {
  const sets = randomAnswerSets(ruleBase, count);
  for (const answers of sets.slice(0, 500)) assess(ruleBase, answers); // warm the JIT before measuring
  const times = sets.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < repeats; round++) {
    sets.forEach((answers, i) => {
      const start = performance.now();
      assess(ruleBase, answers);
      times[i] = Math.min(times[i], performance.now() - start);
    });
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(count / 2)], p99Ms: times[Math.floor(count * 0.99)], runs: count, repeats };
}
