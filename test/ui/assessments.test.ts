import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { ruleBase } from '../../src/rules/rule-base';
import { assessAheadInIdleTime, assessed } from '../../src/ui/state/assessments';

const dir = join(import.meta.dirname, '..', '..', 'rules', 'scenarios');
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; answers: Record<string, string> });

/** A window whose idle callbacks run when the test says so. */
function idleWindow() {
  const queued: (() => void)[] = [];
  const win = { requestIdleCallback: (run: () => void) => queued.push(run), cancelIdleCallback: () => {} } as unknown as Window;
  return {
    win,
    runAll: () => {
      while (queued.length > 0) queued.shift()!();
    },
    runOne: () => queued.shift()?.(),
    queued: () => queued.length,
  };
}

describe('the walk’s assessments, computed once per set of answers', () => {
  it.each(scenarios.map((s) => [s.id, s.answers] as const))('%s: the same assessment the engine gives', (_id, answers) => {
    expect(assessed(ruleBase, answers)).toEqual(assess(ruleBase, answers));
    // Given in another order, the same answers are the same case.
    const reversed = Object.fromEntries(Object.entries(answers).reverse());
    expect(assessed(ruleBase, reversed)).toBe(assessed(ruleBase, answers));
  });

  it('cannot be changed by a page that reads it', () => {
    const assessment = assessed(ruleBase, { inProgramme: 'yes' });
    expect(() => ((assessment as { nextFact: string | null }).nextFact = 'x')).toThrow();
  });

  it('works out in idle time what each answer to the asked question leads to, and a click then finds it', () => {
    const answers = { inProgramme: 'yes' };
    const fact = assess(ruleBase, answers).nextFact!;
    const { win, runAll } = idleWindow();
    assessAheadInIdleTime(ruleBase, answers, fact, win);
    runAll();
    for (const value of ruleBase.factById.get(fact)!.answers) {
      const ahead = assessed(ruleBase, { ...answers, [fact]: value });
      expect(ahead).toEqual(assess(ruleBase, { ...answers, [fact]: value }));
    }
  });

  it('stops when the page changes before the idle time comes', () => {
    const answers = { inProgramme: 'yes' };
    const fact = assess(ruleBase, answers).nextFact!;
    const going = idleWindow();
    assessAheadInIdleTime(ruleBase, answers, fact, going.win);
    going.runOne();
    expect(going.queued()).toBe(1);
    const left = idleWindow();
    const cancel = assessAheadInIdleTime(ruleBase, answers, fact, left.win);
    cancel();
    left.runOne();
    expect(left.queued()).toBe(0);
  });
});
