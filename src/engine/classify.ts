import type { ExampleEvaluation } from './examples';
import type { Truth } from './three-valued';
import type { AssessmentClass, AnswerValue, UnsettledCircumstance } from './types';

/**
 * § 18 stk. 2 obliges only where a ground holds; the examples point to one. The order mirrors the
 * statute: stk. 1's scope first, then the must examples, then those that oblige only depending on
 * circumstances. A situation the guidance has no example for, or a circumstance no example settles
 * (see `unsettledCircumstances`), is left to a concrete judgement, and a need-not example settles
 * nothing unless the caseworker has said there is nothing else in the case.
 */
export function classify(
  scope: Truth,
  evaluations: readonly (ExampleEvaluation & { cannotChangeClass: boolean })[],
  otherCircumstances: AnswerValue | null,
  unsettled: readonly UnsettledCircumstance[] = [],
): AssessmentClass {
  if (scope === 'false') return 'notApplicable';
  const matched = (kind: string) => evaluations.some((e) => e.state === 'matched' && e.example.kind === kind);
  if (matched('must')) return 'dutyIndicated';
  if (matched('mustDependingOnCircumstances')) return 'dutyDependsOnCircumstances';
  if (matched('noGuidingExample')) return 'concreteJudgement';
  // A circumstance no example settles is not settled by a need-not example about something else.
  if (unsettled.length > 0) return 'concreteJudgement';
  // A need-not example is only a starting point while nothing stronger is still open.
  const strongerOpen = evaluations.some((e) => e.state === 'open' && e.example.kind !== 'needNot' && !e.cannotChangeClass);
  if (matched('needNot') && otherCircumstances === 'no' && !strongerOpen) return 'noDutyStartingPoint';
  return 'concreteJudgement';
}
