import type { RuleBase } from '../../engine/rule-base';
import type { FactId } from '../../engine/types';
import { answerLabel } from '../../ui/answer-text';
import { list, paragraph, type Block, type Sentence } from '../document';
import type { DraftCase } from './draft-case';

/**
 * The facts that bear on the § 18 question: those read by the scope, an example's conditions or a
 * precedence entry, and the closing "other circumstances". Facts read only by notes (has the
 * person moved, is there a home) are left out on purpose: listed among the grounds, an answer
 * about housing would read as a condition of the takeover, which it is not.
 */
export function groundFacts(ruleBase: RuleBase): ReadonlySet<FactId> {
  return new Set([
    ...ruleBase.scope.flatMap((c) => c.reads),
    ...ruleBase.examples.flatMap((e) => e.conditions.flatMap((c) => c.reads)),
    ...ruleBase.precedence.flatMap((p) => p.condition?.reads ?? []),
    ruleBase.otherCircumstancesFact,
  ]);
}

/** The answered ground facts in asking order; judgements have their own section. */
export function answeredGroundFacts(draftCase: DraftCase): FactId[] {
  const { ruleBase, assessment, answers } = draftCase;
  const grounds = groundFacts(ruleBase);
  return assessment.relevantFacts.filter(
    (id) =>
      !assessment.skippedFacts.includes(id) &&
      answers[id] !== undefined &&
      grounds.has(id) &&
      ruleBase.factById.get(id)!.kind === 'fact',
  );
}

export function factStatement(draftCase: DraftCase, fact: FactId): Sentence {
  const { write, answers } = draftCase;
  const value = answers[fact];
  const key = `draft.facts.statements.${fact}.${value}`;
  const trace = { facts: [fact] };
  const subject = { kind: 'fact' as const, id: fact };
  if (write.translator.has(`paperwork:${key}`)) return write.content(key, {}, trace, { subject });
  // A fact added to the rule base before its statement was written: shown as question and answer.
  const { t, has } = write.translator;
  return write.content('draft.facts.asked', { question: t(`rules:facts.${fact}.question`), answer: answerLabel(t, has, fact, value) }, trace, {
    subject,
  });
}

export function factsBlocks(draftCase: DraftCase): Block[] {
  const { write } = draftCase;
  const facts = answeredGroundFacts(draftCase);
  return [
    paragraph(write.content('draft.facts.intro', {}, { facts })),
    list(facts.map((fact) => factStatement(draftCase, fact))),
    paragraph(write.instruction('draft.facts.supplement')),
  ];
}
