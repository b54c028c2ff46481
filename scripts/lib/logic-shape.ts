import type { Logic } from '../../src/engine/types.ts';

/**
 * Shapes of JSON-Logic that run without complaint but do not test what they seem to test.
 * Each finding names its place as a JSON pointer below the expression's own.
 */
export interface LogicFinding {
  pointer: string;
  message: string;
}

const COMPARISONS = new Set(['==', '===', '!=', '!==']);

const isVar = (node: unknown): node is { var: unknown } =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1 && 'var' in node;
const factOf = (node: { var: unknown }): unknown => (Array.isArray(node.var) ? node.var[0] : node.var);

/**
 * An object with any number of keys but one is not an operation to json-logic but a literal (and
 * so always true); a `var` default is evaluated as logic by json-logic, so an operation there
 * would run unchecked; `in` against a string tests for a substring ("no" is in "dontKnow").
 */
export function shapeFindings(logic: Logic, pointer = ''): LogicFinding[] {
  const found: LogicFinding[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      const what = keys.length === 0 ? 'an empty object' : `an object with ${keys.length} operations (${keys.join(', ')})`;
      found.push({ pointer: at, message: `is ${what}: JSON-Logic reads it as a literal value, which is always true` });
      return;
    }
    const [operation] = keys;
    const argument = (node as Record<string, unknown>)[operation];
    const argAt = `${at}/${operation.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (operation === 'var') {
      if (Array.isArray(argument) && argument.length > 2) found.push({ pointer: argAt, message: 'gives var more than a fact id and a default' });
      const fallback = Array.isArray(argument) ? argument[1] : undefined;
      if (fallback !== null && typeof fallback === 'object') {
        found.push({ pointer: `${argAt}/1`, message: 'puts logic in a var default: json-logic would run it unchecked in the shipped engine' });
      }
      return;
    }
    if (operation === 'in') {
      const list = Array.isArray(argument) ? argument[1] : undefined;
      if (!Array.isArray(list)) {
        found.push({ pointer: argAt, message: 'uses "in" without a list of answers: against a string it tests for a substring ("no" is in "dontKnow")' });
      }
    }
    visit(argument, argAt);
  };
  visit(logic, pointer);
  return found;
}

/**
 * Each answer value a rule compares a fact with, in either order: `{"==": [{"var": id}, "yes"]}`,
 * `{"==": ["yes", {"var": id}]}` and `{"in": [{"var": id}, ["yes", "no"]]}`.
 */
export function comparedValues(logic: Logic, pointer = ''): { fact: string; value: string; pointer: string }[] {
  const found: { fact: string; value: string; pointer: string }[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return;
    for (const [operation, argument] of Object.entries(node)) {
      const argAt = `${at}/${operation}`;
      if (operation === 'var') continue;
      if (Array.isArray(argument) && argument.length === 2) {
        const [left, right] = argument as [unknown, unknown];
        if (COMPARISONS.has(operation)) {
          for (const [side, other, index] of [[left, right, 1], [right, left, 0]] as const) {
            const fact = isVar(side) ? factOf(side) : undefined;
            if (typeof fact === 'string' && typeof other === 'string') found.push({ fact, value: other, pointer: `${argAt}/${index}` });
          }
        }
        const fact = isVar(left) ? factOf(left) : undefined;
        if (operation === 'in' && typeof fact === 'string' && Array.isArray(right)) {
          right.forEach((value, i) => typeof value === 'string' && found.push({ fact, value, pointer: `${argAt}/1/${i}` }));
        }
      }
      visit(argument, argAt);
    }
  };
  visit(logic, pointer);
  return found;
}
