import { applyPrecedence, evaluateExample, unsettledCircumstances } from './examples';
import { classify } from './classify';
import { evaluateOpen } from './three-valued';
import { factsThatCannotChangeClass, factsThatDoNotMatter } from './questions-that-matter';
import { walkFacts } from './relevance';
import type { RuleBase } from './rule-base';
import { DONT_KNOW, type Answers, type Assessment, type AssessmentClass, type JudgementUse } from './types';

const CLASSES_WITH_A_CONCRETE_ASSESSMENT: readonly AssessmentClass[] = ['noDutyStartingPoint', 'concreteJudgement'];

/**
 * The whole assessment for a set of answers. Pure and total: answers to unknown facts, or values a
 * fact does not allow, are treated as not given (the boundaries that read answers report them).
 */
export function assess(ruleBase: RuleBase, answers: Answers): Assessment {
  const walk = walkFacts(ruleBase, answers);
  const evaluations = ruleBase.examples.map((example) => evaluateExample(example, walk));
  applyPrecedence(ruleBase, evaluations, walk);
  const cannotChange = walk.scope === 'false' ? new Set<string>() : factsThatCannotChangeClass(ruleBase, walk, evaluations);
  const settled = evaluations.map((e) => ({
    ...e,
    cannotChangeClass: e.state === 'open' && e.decidingAnswers.every((d) => cannotChange.has(d.fact)),
  }));
  const otherCircumstances = walk.known[ruleBase.otherCircumstancesFact] ?? null;
  const unsettled = walk.scope === 'false' ? [] : unsettledCircumstances(ruleBase, evaluations, walk);
  const assessmentClass = classify(walk.scope, settled, otherCircumstances, unsettled);

  // Facts a checkbox answer settled are not questions; facts no answer could matter to are not asked.
  const unneeded = walk.scope === 'false' ? new Set<string>() : factsThatDoNotMatter(ruleBase, walk, evaluations, cannotChange, unsettled.length);
  unneeded.forEach((id) => cannotChange.add(id));
  // Facts waiting for their checkbox page are not questions of their own (yet).
  const relevantFacts = ruleBase.facts
    .filter((f) => walk.relevance.get(f.id) === 'relevant' && !walk.implied.has(f.id) && !walk.pending.has(f.id))
    .map((f) => f.id);
  const unanswered = (id: string) => !walk.given.has(id);
  const nextFact = relevantFacts.find((id) => unanswered(id) && !cannotChange.has(id) && !walk.pending.has(id)) ?? null;
  const skippedFacts = relevantFacts.filter((id) => unanswered(id) && cannotChange.has(id));
  const openFacts = ruleBase.facts
    .filter((f) => walk.relevance.get(f.id) !== 'irrelevant' && !walk.implied.has(f.id))
    .map((f) => f.id)
    .filter((id) => (unanswered(id) || walk.given.get(id) === DONT_KNOW) && !cannotChange.has(id));
  const irrelevantAnswers = [...[...walk.given.keys()].filter((id) => walk.relevance.get(id) !== 'relevant'), ...walk.overridden];

  const examples = settled.map((e) => ({
    id: e.example.id,
    kind: e.example.kind,
    state: e.state,
    failedConditions: e.failedConditions,
    failedFacts: e.failedFacts,
    decidingAnswers: e.decidingAnswers,
    ...(e.setAsideBy ? { setAsideBy: e.setAsideBy } : {}),
    cannotChangeClass: e.cannotChangeClass,
  }));

  const judgements: JudgementUse[] = relevantFacts
    .filter((id) => ruleBase.factById.get(id)!.kind === 'judgement' && walk.given.has(id))
    .map((id) => ({ id, answer: walk.given.get(id)! }));
  const unformalised = new Set<string>();
  for (const e of evaluations) {
    if (e.state !== 'matched' && e.state !== 'setAside') continue;
    e.example.judgements.filter((j) => ruleBase.unformalisedJudgements.has(j)).forEach((j) => unformalised.add(j));
  }
  if (CLASSES_WITH_A_CONCRETE_ASSESSMENT.includes(assessmentClass)) unformalised.add('concreteAssessment');
  unformalised.forEach((id) => judgements.push({ id }));

  const notes = ruleBase.notes
    .filter((note) => (note.classes ?? DEFAULT_NOTE_CLASSES).includes(assessmentClass))
    .filter((note) => !note.condition || evaluateOpen(note.condition, walk).truth === 'true')
    .map((note) => note.id);

  return {
    class: assessmentClass,
    complete: nextFact === null,
    examples,
    unsettledCircumstances: unsettled,
    judgements,
    notes,
    nextFact,
    relevantFacts,
    irrelevantAnswers,
    openFacts,
    skippedFacts,
    impliedAnswers: Object.fromEntries(walk.implied),
  };
}

const DEFAULT_NOTE_CLASSES: readonly AssessmentClass[] = [
  'dutyIndicated',
  'dutyDependsOnCircumstances',
  'noDutyStartingPoint',
  'concreteJudgement',
];
