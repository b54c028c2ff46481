import { basename } from 'node:path';
import type { Assessment, AnswerValue, AssessmentClass, Fact } from '../../src/engine/types';
import type { RuleBase } from '../../src/engine/rule-base';
import { jsonFilesIn, readJson } from './read-rule-files';
import { schemaFor } from './validate-rules';

export interface Scenario {
  id: string;
  perspective?: 'receiving' | 'current';
  training?: boolean;
  /** A training case's name in the case picker. */
  title?: { da: string; en: string };
  narrative: { da: string; en: string };
  answers: Record<string, AnswerValue>;
  expect: {
    class: AssessmentClass;
    matched: string[];
    notMatched?: string[];
    setAside?: string[];
    open?: string[];
    notes?: string[];
    citations?: string[];
    judgements?: string[];
    /** Per example, exactly the conditions that should be reported as failing. */
    failedConditions?: Record<string, string[]>;
  };
}

/** A bad input file, reported as one line naming the file (and the fact, where one is at fault). */
export class InputError extends Error {}

/** A value from the input as it goes into a message: quoted, and cut short when huge (a pasted log, a 100 MB string). */
export function shown(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length.toLocaleString('en')} characters)`;
}

/** Checks answers against the vocabulary; the engine itself ignores what it does not know. */
export function checkAnswers(file: string, answers: unknown, ruleBase: RuleBase): Record<string, AnswerValue> {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new InputError(`${file}: answers must be an object keyed by fact id`);
  }
  for (const [id, value] of Object.entries(answers)) {
    const fact: Fact | undefined = ruleBase.factById.get(id);
    if (!fact) throw new InputError(`${file}: unknown fact id ${shown(id)}`);
    if (typeof value !== 'string') throw new InputError(`${file}: fact "${id}" takes a string answer (${fact.answers.join(', ')}), not ${shown(value)}`);
    if (!fact.answers.includes(value)) throw new InputError(`${file}: fact "${id}" does not take ${shown(value)} (allowed: ${fact.answers.join(', ')})`);
  }
  return answers as Record<string, AnswerValue>;
}

export function readScenario(path: string, ruleBase: RuleBase): Scenario {
  let data: unknown;
  try {
    data = readJson(path);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const validate = schemaFor('scenario');
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new InputError(`${path}: not a scenario file: ${first?.instancePath || '(top)'} ${first?.message}`);
  }
  const scenario = data as Scenario;
  if (scenario.id !== basename(path, '.json')) throw new InputError(`${path}: id "${scenario.id}" does not match the file name`);
  checkAnswers(path, scenario.answers, ruleBase);
  return scenario;
}

export const scenarioFiles = (): string[] => jsonFilesIn('scenarios');

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** What differs between a scenario's expectation and an assessment; empty when they agree. */
export function mismatches(scenario: Scenario, result: Assessment, ruleBase: RuleBase): string[] {
  const out: string[] = [];
  const { expect } = scenario;
  const inState = (state: string) => result.examples.filter((e) => e.state === state).map((e) => e.id);
  if (result.class !== expect.class) out.push(`class: expected ${expect.class}, got ${result.class}`);
  if (!sameSet(inState('matched'), expect.matched)) out.push(`matched: expected [${expect.matched}], got [${inState('matched')}]`);
  if (!result.complete) out.push(`the walk is not complete: next question would be ${result.nextFact}`);
  const subset = (label: string, wanted: string[] | undefined, got: string[]) => {
    const missing = (wanted ?? []).filter((id) => !got.includes(id));
    if (missing.length > 0) out.push(`${label}: expected [${missing}] among [${got}]`);
  };
  subset('setAside', expect.setAside, inState('setAside'));
  subset('notMatched', expect.notMatched, inState('notMatched'));
  subset('open', expect.open, inState('open'));
  subset('notes', expect.notes, result.notes);
  subset('judgements', expect.judgements, result.judgements.map((j) => j.id));
  const shownCitations = result.examples
    .filter((e) => e.state === 'matched' || e.state === 'setAside')
    .flatMap((e) => {
      const example = ruleBase.exampleById.get(e.id)!;
      return [...example.citations.map((c) => c.id), ...(example.cites ?? [])];
    });
  subset('citations', expect.citations, shownCitations);
  for (const [id, conditions] of Object.entries(expect.failedConditions ?? {})) {
    const got = result.examples.find((e) => e.id === id)?.failedConditions ?? [];
    if (!sameSet(got, conditions)) out.push(`failedConditions of ${id}: expected [${conditions}], got [${got}]`);
  }
  return out;
}
