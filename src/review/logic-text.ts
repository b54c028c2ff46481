import type { RuleBase } from '../engine/rule-base';
import type { Logic } from '../engine/types';
import type { Translator } from '../i18n/translator';
import { answerLabel, questionText } from '../ui/answer-text';

const isVar = (node: unknown): node is { var: string } =>
  typeof node === 'object' && node !== null && typeof (node as { var?: unknown }).var === 'string';

/**
 * A JSON-Logic test read out in the guide's words: each fact as its question, each value as the
 * answer a caseworker picks. What cannot be read out that way is shown as written, never guessed.
 */
export function logicText(translator: Translator, ruleBase: RuleBase, logic: Logic): string {
  const { t, has } = translator;
  const read = (node: Logic): string => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return JSON.stringify(node);
    const [operator, raw] = Object.entries(node as Record<string, unknown>)[0] ?? [];
    const args = Array.isArray(raw) ? raw : [raw];
    const question = (fact: string) => (ruleBase.factById.has(fact) ? questionText(t, has, fact) : fact);
    const answer = (fact: string, value: unknown) => answerLabel(t, has, fact, String(value));
    switch (operator) {
      case '==':
      case '===':
      case '!=':
      case '!==': {
        const [left, right] = args;
        if (!isVar(left)) break;
        const key = operator.startsWith('!') ? 'review:logic.isNot' : 'review:logic.is';
        return t(key, { question: question(left.var), answer: answer(left.var, right) });
      }
      case 'in': {
        const [left, values] = args;
        if (!isVar(left) || !Array.isArray(values)) break;
        const answers = values.map((v) => answer(left.var, v)).join(t('review:logic.or'));
        return t('review:logic.is', { question: question(left.var), answer: answers });
      }
      case 'and':
      case 'or':
        return args.map((arg) => (args.length > 1 && typeof arg === 'object' && arg !== null && ('and' in arg || 'or' in arg) ? `(${read(arg)})` : read(arg))).join(t(`review:logic.${operator}`));
      case '!':
        return t('review:logic.not', { test: read(args[0]) });
      case '!!':
        return read(args[0]);
    }
    return JSON.stringify(node);
  };
  return read(logic);
}
