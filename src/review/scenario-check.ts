import { assess } from '../engine/assess';
import type { RuleBase } from '../engine/rule-base';
import type { Answers, Assessment, AssessmentClass } from '../engine/types';

/** A scenario file as the review copy reads it: answers and what the assessment should be. */
export interface ScenarioFile {
  id: string;
  answers: Answers;
  expect: {
    class: AssessmentClass;
    matched: string[];
    notMatched?: string[];
    setAside?: string[];
    open?: string[];
    notes?: string[];
    citations?: string[];
    judgements?: string[];
    failedConditions?: Record<string, string[]>;
  };
}

/** One part of a scenario's expectation that the engine's result does not meet. */
export type Mismatch =
  | { check: 'class' | 'matched' | 'failedConditions'; example?: string }
  | { check: 'complete'; fact: string }
  | { check: 'setAside' | 'notMatched' | 'open' | 'notes' | 'judgements' | 'citations'; missing: string[] };

export interface ScenarioRun {
  scenario: ScenarioFile;
  result: Assessment;
  mismatches: Mismatch[];
  passes: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * What differs between a scenario file's expectation and an assessment, by the rule the scenario
 * files state: class and matched examples exactly, a complete walk, the optional lists as "at
 * least these", failed conditions exactly per example. The review copy and the assess CLI both
 * judge scenarios by this one function.
 */
export function expectationMismatches(ruleBase: RuleBase, expect: ScenarioFile['expect'], result: Assessment): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const inState = (state: string) => result.examples.filter((e) => e.state === state).map((e) => e.id);
  if (result.class !== expect.class) mismatches.push({ check: 'class' });
  if (!sameSet(inState('matched'), expect.matched)) mismatches.push({ check: 'matched' });
  if (result.nextFact !== null) mismatches.push({ check: 'complete', fact: result.nextFact });
  for (const [check, got] of Object.entries(atLeastLists(ruleBase, result)) as [AtLeastCheck, string[]][]) {
    const missing = (expect[check] ?? []).filter((id) => !got.includes(id));
    if (missing.length > 0) mismatches.push({ check, missing });
  }
  for (const [example, conditions] of Object.entries(expect.failedConditions ?? {})) {
    const got = result.examples.find((e) => e.id === example)?.failedConditions ?? [];
    if (!sameSet(got, conditions)) mismatches.push({ check: 'failedConditions', example });
  }
  return mismatches;
}

type AtLeastCheck = 'setAside' | 'notMatched' | 'open' | 'notes' | 'judgements' | 'citations';

/** What the assessment holds for each list a scenario checks as "at least these". */
export function atLeastLists(ruleBase: RuleBase, result: Assessment): Record<AtLeastCheck, string[]> {
  const inState = (state: string) => result.examples.filter((e) => e.state === state).map((e) => e.id);
  const shownCitations = result.examples
    .filter((e) => e.state === 'matched' || e.state === 'setAside')
    .flatMap((e) => {
      const example = ruleBase.exampleById.get(e.id);
      return example ? [...example.citations.map((c) => c.id), ...(example.cites ?? [])] : [];
    });
  return {
    setAside: inState('setAside'),
    notMatched: inState('notMatched'),
    open: inState('open'),
    notes: result.notes,
    judgements: result.judgements.map((j) => j.id),
    citations: shownCitations,
  };
}

/** Runs a scenario through the engine the page carries and compares the result with the file's expectation. */
export function runScenario(ruleBase: RuleBase, scenario: ScenarioFile): ScenarioRun {
  const result = assess(ruleBase, scenario.answers);
  const mismatches = expectationMismatches(ruleBase, scenario.expect, result);
  return { scenario, result, mismatches, passes: mismatches.length === 0 };
}

/** The examples a scenario tests: those its expectation names, or its file is named after. */
export function examplesTestedBy(scenario: ScenarioFile): Set<string> {
  const { expect } = scenario;
  return new Set([
    ...expect.matched,
    ...(expect.setAside ?? []),
    ...(expect.notMatched ?? []),
    ...(expect.open ?? []),
    ...Object.keys(expect.failedConditions ?? {}),
    scenario.id.split('-')[0],
  ]);
}
