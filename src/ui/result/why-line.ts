import type { RuleBase } from '../../engine/rule-base';
import { DONT_KNOW, type Assessment, type Answers, type FactId } from '../../engine/types';
import type { T } from '../../i18n/translator';
import { answerLabel, questionText } from '../answer-text';

/**
 * The one line under the outcome that says why: the example that matched, named; the
 * circumstance no example settles; the question still open; or what else decided it.
 */
export function whyLine(t: T, has: (key: string) => boolean, ruleBase: RuleBase, assessment: Assessment, answers: Answers): string {
  const title = (id: string) => t(`rules:examples.${id}.title`);
  const matched = (kind: string) => assessment.examples.find((e) => e.state === 'matched' && e.kind === kind);
  if (assessment.class === 'notApplicable') {
    const scopeFact = ruleBase.facts.find((f) => f.isScope && answers[f.id] === 'no');
    return scopeFact ? t('ui:why.notApplicable', { question: questionText(t, has, scopeFact.id), answer: answerLabel(t, has, scopeFact.id, 'no') }) : '';
  }
  const strong = matched('must') ?? matched('mustDependingOnCircumstances');
  if (strong) return t('ui:why.matched', { example: title(strong.id) });
  const unsettled = assessment.unsettledCircumstances?.[0];
  if (unsettled) return t('ui:why.unsettled', { circumstance: t(`rules:examples.${unsettled.example}.circumstance`) });
  const gap = matched('noGuidingExample');
  if (gap) return t('ui:why.gap', { example: title(gap.id) });
  const open = openQuestion(assessment, answers);
  // The question itself follows as a link to it.
  if (open) return t('ui:why.open');
  const other = assessment.impliedAnswers?.[ruleBase.otherCircumstancesFact]?.value ?? answers[ruleBase.otherCircumstancesFact];
  if (other === 'yes') return t('ui:why.otherCircumstances');
  const needNot = matched('needNot');
  if (needNot) return t(assessment.class === 'noDutyStartingPoint' ? 'ui:why.needNot' : 'ui:why.needNotNotSettled', { example: title(needNot.id) });
  return t('ui:why.noneMatched');
}

/** The first question answered "ved ikke" that could still change the assessment. */
export function openQuestion(assessment: Assessment, answers: Answers): FactId | undefined {
  return assessment.openFacts.find((id) => answers[id] === DONT_KNOW);
}
