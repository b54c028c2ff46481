import type { Assessment, Answers, FactId, Perspective } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from './answer-text';
import { Heading } from './heading';
import { useRuleBase } from './rule-base-context';
import { askableFacts, questionPages } from './state/navigation';

interface CheckPageProps {
  perspective: Perspective;
  answers: Answers;
  assessment: Assessment;
  onChange(fact: FactId): void;
  onChangePerspective(): void;
  onContinue(): void;
}

/** Every answer the assessment will rest on, in asking order, each with a way back to change it. */
export function CheckPage({ onContinue, ...props }: CheckPageProps) {
  const { t } = useT();
  return (
    <div class="p18-page">
      <Heading depth={1} pageHeading>
        {t('ui:check.heading')}
      </Heading>
      <AnswerSummary {...props} />
      <div class="p18-actions">
        <button type="button" class="p18-button" onClick={onContinue}>
          {t('ui:check.continue')}
        </button>
      </div>
    </div>
  );
}

/** The answers as a summary list, a checkbox page as one row naming what was ticked. */
export function AnswerSummary({ perspective, answers, assessment, onChange, onChangePerspective }: Omit<CheckPageProps, 'onContinue'>) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  const answered = questionPages(ruleBase, askableFacts(assessment).filter((fact) => fact in answers));
  const row = (fact: string) => {
    const group = ruleBase.factById.get(fact)?.group;
    if (group === undefined) return { question: t(`rules:facts.${fact}.question`), answer: answerLabel(t, has, fact, answers[fact]) };
    const options = ruleBase.reasons.groups.find((g) => g.id === group)!.options;
    const ticked = options.filter((o) => answers[o.id] === 'yes').map((o) => t(`ui:reasons.options.${o.id}`));
    return { question: t(`ui:reasons.groups.${group}.question`), answer: ticked.length > 0 ? ticked.join('; ') : t('ui:reasons.none') };
  };
  return (
      <dl class="p18-summary">
        <SummaryRow
          question={t('ui:perspective.question')}
          answer={t(`rules:perspectives.${perspective}`)}
          changeLabel={t('ui:check.change')}
          onChange={onChangePerspective}
        />
        {answered.map((fact) => (
          <SummaryRow key={fact} {...row(fact)} changeLabel={t('ui:check.change')} onChange={() => onChange(fact)} />
        ))}
      </dl>
  );
}

interface SummaryRowProps {
  question: string;
  answer: string;
  changeLabel: string;
  onChange(): void;
}

function SummaryRow({ question, answer, changeLabel, onChange }: SummaryRowProps) {
  return (
    <div class="p18-summary__row">
      <dt class="p18-summary__key">{question}</dt>
      <dd class="p18-summary__value">{answer}</dd>
      <dd class="p18-summary__actions">
        <button type="button" class="p18-link-button" onClick={onChange}>
          {changeLabel}
          <span class="p18-visually-hidden"> – {question}</span>
        </button>
      </dd>
    </div>
  );
}
