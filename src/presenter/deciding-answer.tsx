import type { Answers, ExampleStatus, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';
import { intlLocale } from '../ui/dates';
import { useRuleBase } from '../ui/rule-base-context';

/**
 * The trace table's third column: in a line or two, what settles the example on these answers.
 * A failed or open condition is named by its own label with the answer behind it; the full
 * reasoning is in the row's disclosure.
 */
export function DecidingAnswer({ status, answers }: { status: ExampleStatus; answers: Answers }) {
  const { t, has, language } = useT();
  const example = useRuleBase().exampleById.get(status.id)!;
  const conditionOf = (fact: FactId) => example.conditions.find((c) => c.reads.includes(fact));
  const labelled = (fact: FactId, values: string) => {
    const condition = conditionOf(fact);
    const label = condition ? t(`rules:examples.${status.id}.conditions.${condition.id}`) : t(`rules:facts.${fact}.question`);
    return (
      <li key={fact}>
        {label}: <strong>{values}</strong>
      </li>
    );
  };
  if (status.state === 'matched') return <>{t('presenter:trace.allConditionsHold')}</>;
  if (status.state === 'setAside' && status.setAsideBy) {
    return <>{t('presenter:trace.givesWayTo', { example: t(`rules:examples.${status.setAsideBy.example}.title`) })}</>;
  }
  if (status.state === 'open') {
    if (status.cannotChangeClass) return <>{t('presenter:trace.cannotChangeClass')}</>;
    const either = new Intl.ListFormat(intlLocale(language), { type: 'disjunction' });
    return (
      <ul class="p18-presenter__deciding">
        {status.decidingAnswers.map((d) => labelled(d.fact, either.format(d.values.map((v) => answerLabel(t, has, d.fact, v)))))}
      </ul>
    );
  }
  if (status.failedFacts.length === 0) return <>{t('presenter:trace.notAsked')}</>;
  const given = (fact: FactId) => (answers[fact] === undefined ? t('presenter:trace.notAnswered') : answerLabel(t, has, fact, answers[fact]));
  return <ul class="p18-presenter__deciding">{status.failedFacts.map((fact) => labelled(fact, given(fact)))}</ul>;
}
