import jsonLogic from 'json-logic-js';
import type { Logic } from './types';

/**
 * The only JSON-Logic operations a rule file may use. Everything else (notably `log`, which
 * writes to the console, and the string and array helpers) is rejected when rule files are
 * checked, so the shipped engine never meets it.
 */
export const ALLOWED_OPERATIONS: readonly string[] = ['==', '===', '!=', '!==', '!', '!!', 'and', 'or', 'in', 'var', 'if'];

jsonLogic.rm_operation('log');

/**
 * Evaluates over prototype-free data: json-logic's `var` walks prototypes, and
 * `{"var": "constructor"}` must not reach Object's. Data built with `Object.create(null)` is used
 * as it is; anything else is copied first.
 */
export function evaluate(logic: Logic, data: Readonly<Record<string, unknown>>): boolean {
  let plain = data;
  if (Object.getPrototypeOf(data) !== null) {
    const copy: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(data)) copy[key] = data[key];
    plain = copy;
  }
  return jsonLogic.truthy(jsonLogic.apply(logic as jsonLogic.RulesLogic, plain));
}

function visitOperations(logic: Logic, visit: (operation: string, argument: unknown) => void): void {
  if (Array.isArray(logic)) {
    for (const item of logic) visitOperations(item, visit);
    return;
  }
  if (logic === null || typeof logic !== 'object') return;
  for (const [operation, argument] of Object.entries(logic)) {
    visit(operation, argument);
    if (operation !== 'var') visitOperations(argument, visit);
  }
}

/** Fact ids a logic expression reads, in first-seen order. */
export function varsOf(logic: Logic): string[] {
  const found = new Set<string>();
  visitOperations(logic, (operation, argument) => {
    if (operation !== 'var') return;
    const path = Array.isArray(argument) ? argument[0] : argument;
    found.add(typeof path === 'string' ? path : JSON.stringify(path));
  });
  return [...found];
}

/** Operation names used anywhere in an expression, for the allow-list check. */
export function operationsOf(logic: Logic): string[] {
  const found = new Set<string>();
  visitOperations(logic, (operation) => found.add(operation));
  return [...found];
}
