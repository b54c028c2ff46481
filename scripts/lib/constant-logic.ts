import jsonLogic from 'json-logic-js';
import { varsOf } from '../../src/engine/logic.ts';
import type { Logic } from '../../src/engine/types.ts';
import type { LogicFinding } from './logic-shape.ts';

/**
 * A rule that is always true (or never) decides nothing from the answers: `"when": true`,
 * `{"==": ["yes", "yes"]}`, `{"!=": [{"var": f}, "maybe"]}`. Facts take a handful of answers and a
 * test reads two or three facts, so trying every combination is exact and cheap. The whole test
 * and each part of it are tried; the outermost constant part is named.
 */
const MAX_COMBINATIONS = 100_000;

type AnswersOf = (fact: string) => readonly string[] | undefined;

const BOOLEAN_OPERANDS = new Set(['and', 'or', '!', '!!']);

export function constantFindings(logic: Logic, answersOf: AnswersOf, pointer = ''): LogicFinding[] {
  const found: LogicFinding[] = [];
  const visit = (node: unknown, at: string, test: boolean): void => {
    if (node === null || typeof node !== 'object') {
      if (test) found.push({ pointer: at, message: `is the constant ${JSON.stringify(node)} where a test belongs, so it is always ${truthy(node)}` });
      return;
    }
    if (Array.isArray(node)) return;
    const [operation] = Object.keys(node);
    if (operation === 'var') return;
    const outcome = outcomesOf(node, answersOf, test);
    if (outcome === undefined) return;
    if (outcome.values.size === 1) {
      const [value] = outcome.values;
      const over = outcome.reads.length === 0 ? 'it reads no answer' : `the same for every answer to ${outcome.reads.join(', ')}`;
      found.push({ pointer: at, message: `is always ${value}: ${over}` });
      return;
    }
    const argument = (node as Record<string, unknown>)[operation];
    const operands = Array.isArray(argument) ? argument : [argument];
    operands.forEach((operand, i) => {
      const isTest = BOOLEAN_OPERANDS.has(operation) || (operation === 'if' && i % 2 === 0 && i < operands.length - 1);
      visit(operand, Array.isArray(argument) ? `${at}/${operation}/${i}` : `${at}/${operation}`, isTest);
    });
  };
  visit(logic, pointer, true);
  return found;
}

/** What the expression yields over every combination of answers (as truth for a test, else as a value). */
function outcomesOf(node: object, answersOf: AnswersOf, test: boolean): { reads: string[]; values: Set<string> } | undefined {
  const reads = varsOf(node);
  const answers = reads.map(answersOf);
  if (answers.some((a) => a === undefined || a.length === 0)) return undefined;
  if (answers.reduce((n, a) => n * a!.length, 1) > MAX_COMBINATIONS) return undefined;
  const values = new Set<string>();
  const data: Record<string, string> = Object.create(null);
  const tryFrom = (index: number): boolean => {
    if (index === reads.length) {
      const result = jsonLogic.apply(node as jsonLogic.RulesLogic, data);
      values.add(test ? String(truthy(result)) : JSON.stringify(result));
      return true;
    }
    return answers[index]!.every((answer) => {
      data[reads[index]] = answer;
      return tryFrom(index + 1);
    });
  };
  try {
    tryFrom(0);
  } catch {
    return undefined; // an operation json-logic does not know: the allow-list check names it
  }
  return { reads, values };
}

const truthy = (value: unknown): boolean => jsonLogic.truthy(value);
