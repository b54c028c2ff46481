import { assess } from '../engine/assess';
import type { RuleBase } from '../engine/rule-base';
import type { Answers, Assessment, FactId } from '../engine/types';

export interface GuideWalk {
  /** The questions the guide puts, in its order, on these answers. */
  asked: FactId[];
  /** The answers the walk used: those to the questions asked. */
  answers: Answers;
  /** The engine's assessment of those answers: what the guide would show. */
  assessment: Assessment;
  /** Answers the case gives that the guide never asks on these answers (no answer could change the class). */
  notAsked: FactId[];
}

/**
 * The guide's own walk over a set of answers: start with none, ask the engine for its next
 * question, take the answer from `answers`, and repeat until the engine has no next question or
 * the answers have none for it. Nothing here chooses a question, so the presenter and self-study
 * step through whatever walk the engine gives the guide.
 */
export function guideWalk(ruleBase: RuleBase, answers: Answers): GuideWalk {
  const walked: Record<FactId, string> = {};
  const asked: FactId[] = [];
  let assessment = assess(ruleBase, walked);
  while (assessment.nextFact !== null && !asked.includes(assessment.nextFact)) {
    const fact = assessment.nextFact;
    asked.push(fact);
    const value = Object.prototype.hasOwnProperty.call(answers, fact) ? answers[fact] : undefined;
    if (value === undefined) break;
    walked[fact] = value;
    assessment = assess(ruleBase, walked);
  }
  const notAsked = Object.keys(answers).filter((fact) => !asked.includes(fact) && ruleBase.factById.has(fact));
  return { asked, answers: walked, assessment, notAsked };
}
