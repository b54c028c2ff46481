import type { ExampleEvaluation } from './examples';
import type { CompiledLogic, RuleBase } from './rule-base';
import { evaluateOpen } from './three-valued';
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

/**
 * Facts no answer to which could change anything the result shows: every example, note and
 * precedence entry that reads them is already settled. A fact that decides whether one that
 * matters is asked matters too, and a checkbox option matters while one of the facts it settles does. The closing
 * question matters unless a must example holds firmly: then the caseworker may go straight on.
 */
export function factsThatDoNotMatter(
  ruleBase: RuleBase,
  walk: Walk,
  evaluations: ExampleEvaluation[],
  cannotChange: ReadonlySet<FactId>,
  unsettledCount: number,
): Set<FactId> {
  const matters = new Set<FactId>();
  const openReadsOf = (test: CompiledLogic) => {
    if (evaluateOpen(test, walk).truth !== 'open') return;
    for (const fact of test.reads) if (walk.open.has(fact)) matters.add(fact);
  };
  for (const e of evaluations) {
    if (e.state !== 'open' || e.decidingAnswers.every((d) => cannotChange.has(d.fact))) continue;
    e.example.conditions.forEach(openReadsOf);
  }
  ruleBase.notes.forEach((n) => n.condition && openReadsOf(n.condition));
  ruleBase.precedence.forEach((p) => p.condition && openReadsOf(p.condition));
  if (closingQuestionCanChangeClass(evaluations, cannotChange, unsettledCount)) matters.add(ruleBase.otherCircumstancesFact);

  for (let i = ruleBase.facts.length - 1; i >= 0; i--) {
    const fact = ruleBase.facts[i];
    const gatesOneThatMatters = (ruleBase.gates.get(fact.id) ?? []).some((g) => matters.has(g) && walk.relevance.get(g) === 'undetermined');
    if (fact.isScope || gatesOneThatMatters) matters.add(fact.id);
  }
  for (const [optionId, { option }] of ruleBase.reasons.optionById) {
    if (Object.keys({ ...option.given, ...option.notGiven }).some((f) => matters.has(f))) matters.add(optionId);
  }
  const unneeded = new Set<FactId>();
  for (const fact of ruleBase.facts) {
    if (!matters.has(fact.id) && !walk.given.has(fact.id) && walk.relevance.get(fact.id) === 'relevant') unneeded.add(fact.id);
  }
  return unneeded;
}

/**
 * "Other circumstances?" decides only between a starting point of no duty and a concrete
 * judgement, so it is asked while a need-not example could still be that starting point: none
 * once an example that no precedence can set aside points elsewhere, or a circumstance no example
 * settles already makes the case a concrete judgement.
 */
function closingQuestionCanChangeClass(evaluations: readonly ExampleEvaluation[], cannotChange: ReadonlySet<FactId>, unsettledCount: number): boolean {
  if (unsettledCount > 0) return false;
  const stronger = evaluations.some((e) => e.example.kind !== 'needNot' && e.state === 'matched' && !e.mightBeSetAside);
  if (stronger) return false;
  return evaluations.some(
    (e) => e.example.kind === 'needNot' && (e.state === 'matched' || (e.state === 'open' && !e.decidingAnswers.every((d) => cannotChange.has(d.fact)))),
  );
}
