import type { ComponentChildren } from 'preact';
import type { Answers, AnswerValue, FactId, ReasonGroup } from '../engine/types';
import { useT } from '../i18n/use-t';
import { CheckboxGroup } from '../ui/checkbox-group';

const NONE = 'none';

interface ReasonsStepProps {
  idPrefix: string;
  group: ReasonGroup;
  legend(text: string): ComponentChildren;
  answers: Answers;
  caseAnswers: Answers;
  onAnswer(values: Record<FactId, AnswerValue>): void;
}

/**
 * The guide's checkbox page (the reasons given) as the presenter shows it: the case's ticks
 * chosen, every change taking effect at once, as a radio choice does on the other questions.
 */
export function ReasonsStep({ idPrefix, group, legend, answers, caseAnswers, onAnswer }: ReasonsStepProps) {
  const { t } = useT();
  const ticked = (from: Answers) => group.options.filter((o) => from[o.id] === 'yes').map((o) => o.id);
  const mine = ticked(answers);
  const theirs = ticked(caseAnswers);
  const differs = mine.join() !== theirs.join();
  const label = (id: string) => (id === NONE ? t('ui:reasons.none') : t(`ui:reasons.options.${id}`));
  return (
    <>
      <CheckboxGroup
        id={`${idPrefix}-${group.id}`}
        legend={legend(t(`ui:reasons.groups.${group.id}.question`))}
        options={group.options.map((o) => ({ value: o.id, label: t(`ui:reasons.options.${o.id}`) }))}
        none={{ value: NONE, label: t('ui:reasons.none') }}
        selected={new Set(mine.length === 0 ? [NONE] : mine)}
        onChange={(next) => onAnswer(Object.fromEntries(group.options.map((o) => [o.id, next.has(o.id) ? 'yes' : 'no'])))}
      />
      <details class="p18-details p18-presenter__hint">
        <summary class="p18-details__summary">{t('presenter:questions.hint')}</summary>
        <p class="p18-details__text">{t(`ui:reasons.groups.${group.id}.hint`)}</p>
      </details>
      <p class="p18-presenter__case-answer" role="status">
        {differs ? t('presenter:questions.changed', { answer: (theirs.length === 0 ? [NONE] : theirs).map(label).join('; ') }) : ''}
      </p>
    </>
  );
}
