import { basename } from 'node:path';
import type { Assessment, AnswerValue, Fact } from '../../src/engine/types';
import type { RuleBase } from '../../src/engine/rule-base';
import { jsonFilesIn, readJson } from './read-rule-files';
import { schemaFor } from './validate-rules';
import { atLeastLists, expectationMismatches, type ScenarioFile } from '../../src/review/scenario-check';

/** A scenario file as the scripts read it: the review copy's fields, plus what training uses. */
export interface Scenario extends ScenarioFile {
  perspective?: 'receiving' | 'current';
  training?: boolean;
  /** A training case's name in the case picker. */
  title?: { da: string; en: string };
  narrative: { da: string; en: string };
  answers: Record<string, AnswerValue>;
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

/** What differs between a scenario's expectation and an assessment, as lines; empty when they agree. */
export function mismatches(scenario: Scenario, result: Assessment, ruleBase: RuleBase): string[] {
  const { expect } = scenario;
  const matched = result.examples.filter((e) => e.state === 'matched').map((e) => e.id);
  const lists = atLeastLists(ruleBase, result);
  return expectationMismatches(ruleBase, expect, result).map((m) => {
    switch (m.check) {
      case 'class':
        return `class: expected ${expect.class}, got ${result.class}`;
      case 'matched':
        return `matched: expected [${expect.matched}], got [${matched}]`;
      case 'complete':
        return `the walk is not complete: next question would be ${m.fact}`;
      case 'failedConditions': {
        const got = result.examples.find((e) => e.id === m.example)?.failedConditions ?? [];
        return `failedConditions of ${m.example}: expected [${expect.failedConditions?.[m.example!]}], got [${got}]`;
      }
      default:
        return `${m.check}: expected [${m.missing}] among [${lists[m.check]}]`;
    }
  });
}
