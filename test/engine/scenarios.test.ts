import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { mismatches } from '../../scripts/lib/scenarios';
import { ruleBase, scenarios } from './rule-base';

describe('every scenario file reaches its expected assessment', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    const result = assess(ruleBase, scenario.answers);
    expect(result.class).toBe(scenario.expect.class);
    expect(result.examples.filter((e) => e.state === 'matched').map((e) => e.id).sort()).toEqual([...scenario.expect.matched].sort());
    expect(mismatches(scenario, result, ruleBase)).toEqual([]);
  });
});

describe('the scenario files cover the rule base', () => {
  const ids = new Set(scenarios.map((s) => s.id));

  it('has a scenario for every guiding example and every situation without one', () => {
    const missing = ruleBase.examples.filter((e) => !ids.has(e.id)).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('has, for every condition of every example, a scenario where only that condition is unmet', () => {
    const missing = ruleBase.examples.flatMap((e) =>
      e.conditions.filter((c) => !ids.has(`${e.id}-unmet-${c.id}`)).map((c) => `${e.id}-unmet-${c.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('reaches every assessment class', () => {
    const reached = new Set(scenarios.map((s) => s.expect.class));
    expect([...reached].sort()).toEqual(['concreteJudgement', 'dutyDependsOnCircumstances', 'dutyIndicated', 'noDutyStartingPoint', 'notApplicable']);
  });
});

describe('a scenario that expects the wrong thing is reported', () => {
  it('names the class and the examples that differ', () => {
    const scenario = scenarios.find((s) => s.id === 'ordinaryEmployment')!;
    const wrong = { ...scenario, expect: { ...scenario.expect, class: 'noDutyStartingPoint' as const, matched: ['feelsLonely'] } };
    const found = mismatches(wrong, assess(ruleBase, wrong.answers), ruleBase);
    expect(found.join('\n')).toMatch(/class: expected noDutyStartingPoint, got dutyIndicated/);
    expect(found.join('\n')).toMatch(/matched: expected \[feelsLonely\]/);
  });
});
