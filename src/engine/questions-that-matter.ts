import type { ExampleEvaluation } from './examples';
import type { RuleBase } from './rule-base';
import type { Walk } from './relevance';
import type { FactId } from './types';

/**
 * Facts whose answer could not change the class, given what is already settled. Once a must
 * example holds firmly (nothing could set it aside), questions that feed only weaker examples are
 * not asked; their examples are shown as open with `cannotChangeClass`. Facts read by a note, a
 * precedence entry or the closing question are always asked, and a fact that gates another is
 * asked while the gated one still matters. An answer already given is never hidden.
 */
export function factsThatCannotChangeClass(ruleBase: RuleBase, walk: Walk, evaluations: ExampleEvaluation[]): Set<FactId> {
  let strongestFirm = Infinity;
  for (const e of evaluations) {
    if (e.state === 'matched' && !e.mightBeSetAside) strongestFirm = Math.min(strongestFirm, e.example.rank);
  }
  const skipped = new Set<FactId>();
  if (strongestFirm === Infinity) return skipped;

  // Backwards, so a gated fact is decided before the fact that gates it.
  for (let i = ruleBase.facts.length - 1; i >= 0; i--) {
    const fact = ruleBase.facts[i];
    if (fact.isScope || ruleBase.alwaysAsked.has(fact.id)) continue;
    const reader = ruleBase.strongestReader.get(fact.id);
    const gated = ruleBase.gates.get(fact.id) ?? [];
    const feedsOnlyWeaker = reader === undefined ? gated.length > 0 : reader > strongestFirm;
    if (feedsOnlyWeaker && gated.every((g) => skipped.has(g))) skipped.add(fact.id);
  }
  for (const id of skipped) {
    if (walk.given.has(id) && walk.relevance.get(id) === 'relevant') skipped.delete(id);
  }
  return skipped;
}
