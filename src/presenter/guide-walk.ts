import { assess } from '../engine/assess';
import { ticksFor } from '../engine/reasons';
import type { RuleBase } from '../engine/rule-base';
import type { Answers, Assessment, FactId } from '../engine/types';

export interface GuideWalk {
  /**
   * The guide's pages, in its order, on these answers: a fact id per question, or for a checkbox
   * question (the reasons given) the option the engine asked first, standing for its whole group.
   */
  asked: FactId[];
  /** The answers the walk used: those to the pages asked (a checkbox page answers every option). */
  answers: Answers;
  /** The engine's assessment of those answers: what the guide would show. */
  assessment: Assessment;
  /** Answers the case gives that the guide never asks on this walk (settled, or unable to change the class). */
  notAsked: FactId[];
}

/** The facts one page answers: a checkbox group's options, or the one fact. */
export function pageFacts(ruleBase: RuleBase, fact: FactId): FactId[] {
  const group = ruleBase.factById.get(fact)?.group;
  return group === undefined ? [fact] : ruleBase.reasons.groups.find((g) => g.id === group)!.options.map((o) => o.id);
}

/**
 * The guide's own walk over a set of answers: start with none, ask the engine for its next
 * question, take the answer from `answers`, and repeat until the engine has no next question or
 * the answers have none for it. A checkbox page is ticked as `ticks` say (by default the engine's
 * reading of the fact-by-fact answers, `ticksFor`), unless the answers tick it themselves. Nothing here
 * chooses a question, so the presenter and self-study step through whatever walk the engine gives.
 */
export function guideWalk(ruleBase: RuleBase, answers: Answers, ticks: Answers = ticksFor(ruleBase.reasons, answers)): GuideWalk {
  const own = (fact: FactId) => (Object.prototype.hasOwnProperty.call(answers, fact) ? answers[fact] : undefined);
  const walked: Record<FactId, string> = {};
  const asked: FactId[] = [];
  let assessment = assess(ruleBase, walked);
  while (assessment.nextFact !== null && !asked.includes(assessment.nextFact)) {
    const fact = assessment.nextFact;
    asked.push(fact);
    const page = pageFacts(ruleBase, fact);
    const values = page.map((f) => own(f) ?? (page.length > 1 ? ticks[f] : undefined));
    if (values.some((v) => v === undefined)) break;
    page.forEach((f, i) => (walked[f] = values[i]!));
    assessment = assess(ruleBase, walked);
  }
  const settled = new Set([...Object.keys(walked), ...Object.keys(assessment.impliedAnswers ?? {})]);
  const notAsked = Object.keys(answers).filter((fact) => !settled.has(fact) && ruleBase.factById.has(fact));
  return { asked, answers: walked, assessment, notAsked };
}
