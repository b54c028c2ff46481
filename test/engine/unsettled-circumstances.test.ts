import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { ruleBase, scenarios } from './rule-base';

/**
 * "No circumstance left behind": per scenario, the examples whose circumstance the case holds but
 * no example settles. Every scenario not listed here must have none.
 */
const UNSETTLED: Record<string, string[]> = {
  'unsettled-childNotLivingTogetherButLonely': ['commonChildWithPartner'],
  'unsettled-childOnTheWayAndLonely': ['commonChildWithPartner'],
  'commonChildWithPartner-unmet-hasChildWithPartner': ['commonChildWithPartner'],
  'commonChildWithPartner-unmet-wishesToLiveWithPartner': ['commonChildWithPartner'],
  'partnerWithoutCommonChildren-unmet-noChildWithPartner': ['commonChildWithPartner'],
  'unsettled-threatsAgainstPersonOnlyAndLonely': ['threats'],
  'unsettled-threatsAgainstFamilyOnlyAndBiggerCity': ['threats'],
  'threats-unmet-threatsAgainstPersonAndFamily': ['threats'],
  'unsettled-spouseInProgrammeAndLonely': ['spouseFreeToMoveLivesThere'],
  'spouseAlsoInProgramme': ['spouseFreeToMoveLivesThere'],
  'spouseFreeToMoveLivesThere-unmet-spouseNotInProgramme': ['spouseFreeToMoveLivesThere'],
  'unsettled-minorNotPlacedAndBiggerCity': ['unaccompaniedMinorPlaced'],
  'unaccompaniedMinorPlaced-unmet-isPlacedOutsideHome': ['unaccompaniedMinorPlaced'],
};

const unsettledIn = (answers: Record<string, string>) => assess(ruleBase, answers).unsettledCircumstances.map((u) => u.example).sort();

describe('a need-not example settles only what it describes', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s names exactly the circumstances no example settles', (id, scenario) => {
    expect(unsettledIn(scenario.answers)).toEqual([...(UNSETTLED[id] ?? [])].sort());
  });

  it('the issue\'s case: a child with the partner there, no wish to live together, and loneliness is a concrete judgement naming the child', () => {
    const scenario = scenarios.find((s) => s.id === 'unsettled-childNotLivingTogetherButLonely')!;
    const result = assess(ruleBase, scenario.answers);
    expect(result.class).toBe('concreteJudgement');
    expect(result.unsettledCircumstances).toEqual([
      { example: 'commonChildWithPartner', conditions: ['wishesToLiveWithPartner'], failedFacts: ['wishesToLiveWithPartner'] },
    ]);
    // Without the loneliness it was a concrete judgement already; the loneliness must not turn it.
    expect(assess(ruleBase, { ...scenario.answers, feelsLonely: 'no' }).class).toBe('concreteJudgement');
  });

  it('threats against the person alone, or the family alone, never end as a need-not starting point', () => {
    const base = scenarios.find((s) => s.id === 'unsettled-threatsAgainstPersonOnlyAndLonely')!.answers;
    for (const threats of ['personOnly', 'familyOnly']) {
      const needNots: Record<string, string>[] = [{ feelsLonely: 'yes' }, { wantsBiggerCity: 'yes' }, { friendsInReceiving: 'yes', closeFamilyInReceiving: 'no' }];
      for (const needNot of needNots) {
        const result = assess(ruleBase, { ...base, ...needNot, threatsAgainstFamily: threats });
        expect(result.class).toBe('concreteJudgement');
        expect(result.unsettledCircumstances.map((u) => u.example)).toEqual(['threats']);
      }
    }
    expect(assess(ruleBase, { ...base, threatsAgainstFamily: 'personAndFamily' }).class).toBe('dutyDependsOnCircumstances');
  });

  it('a circumstance the caseworker weighed (a judgement) leaves the need-not starting point standing, and shows the judgement', () => {
    const scenario = scenarios.find((s) => s.id === 'weighed-commuteReasonableAndLonely')!;
    const result = assess(ruleBase, scenario.answers);
    expect(result.class).toBe('noDutyStartingPoint');
    expect(result.unsettledCircumstances).toEqual([]);
    expect(result.judgements).toEqual(expect.arrayContaining([
      { id: 'commuteToWorkUnreasonable', answer: 'no' },
      { id: 'moveNecessaryForWork', answer: 'no' },
    ]));
  });

  it('every must and depends-on-circumstances example names its circumstance, with a text in both languages', () => {
    const strong = ruleBase.examples.filter((e) => e.kind !== 'needNot');
    for (const example of strong) {
      expect(example.conditions.some((c) => c.role === 'circumstance'), example.id).toBe(true);
      expect(example.conditions.every((c) => c.role === 'circumstance' || c.role === 'qualifying'), example.id).toBe(true);
    }
  });

  it('for any answers: no starting point of no duty while a circumstance is unsettled', () => {
    const answers = fc.record(
      Object.fromEntries(ruleBase.facts.map((f) => [f.id, fc.constantFrom(...f.answers)])),
      { requiredKeys: [] },
    ) as fc.Arbitrary<Record<string, string>>;
    fc.assert(
      fc.property(answers, (given) => {
        const result = assess(ruleBase, given);
        if (result.unsettledCircumstances.length > 0) expect(result.class).not.toBe('noDutyStartingPoint');
        for (const u of result.unsettledCircumstances) {
          for (const fact of u.failedFacts) expect(ruleBase.factById.get(fact)!.kind).toBe('fact');
        }
      }),
      { numRuns: 500 },
    );
    // A shared machine is slow at times; the property, not the clock, is under test.
  }, 60_000);
});
