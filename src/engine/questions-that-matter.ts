import type { ExampleEvaluation } from './examples';
import type { RuleBase } from './rule-base';
import type { Walk } from './relevance';
import type { FactId } from './types';

/**
 * Facts whose answer could not change the class, given what is already settled. Once a must
 * example holds firmly (nothing could set it aside), questions that feed only weaker examples are
 * not asked; their examples are shown as open with `cannotChangeClass`. Facts read by a note, a
 * precedence entry or the closing question are always asked, and a fact that gates another is
 * asked while the gated one still matters.
 */
export function factsThatCannotChangeClass(ruleBase: RuleBase, walk: Walk, evaluations: ExampleEvaluation[]): Set<FactId> {
  const firmRanks = evaluations
    .filter((e) => e.state === 'matched' && !e.mightBeSetAside)
    .map((e) => e.example.rank);
  if (firmRanks.length === 0) return new Set();
  const strongestFirm = Math.min(...firmRanks);

  const alwaysAsked = new Set<FactId>([ruleBase.otherCircumstancesFact]);
  for (const note of ruleBase.notes) note.condition?.reads.forEach((f) => alwaysAsked.add(f));
  for (const entry of ruleBase.precedence) entry.condition?.reads.forEach((f) => alwaysAsked.add(f));

  const strongestReader = new Map<FactId, number>();
  for (const { example } of evaluations) {
    for (const condition of example.conditions) {
      for (const fact of condition.reads) {
        strongestReader.set(fact, Math.min(strongestReader.get(fact) ?? Infinity, example.rank));
      }
    }
  }

  const skipped = new Set<FactId>();
  // Backwards, so a gated fact is decided before the fact that gates it.
  for (const fact of [...ruleBase.facts].reverse()) {
    if (alwaysAsked.has(fact.id) || fact.isScope) continue;
    const reader = strongestReader.get(fact.id);
    const gated = ruleBase.facts.filter((f) => f.relevance?.reads.includes(fact.id));
    const feedsOnlyWeaker = reader === undefined ? gated.length > 0 : reader > strongestFirm;
    if (feedsOnlyWeaker && gated.every((g) => skipped.has(g.id))) skipped.add(fact.id);
  }
  for (const id of [...skipped]) {
    if (walk.given.has(id) && walk.relevance.get(id) === 'relevant') skipped.delete(id);
  }
  return skipped;
}
