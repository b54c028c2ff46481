import type { AnswerValue, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';
import { ChoiceForm } from '../ui/choice-form';
import { judgementNote } from '../ui/judgement-note';
import { useRuleBase } from '../ui/rule-base-context';
import { WhyWeAsk } from '../ui/why-we-ask';

interface PracticeQuestionProps {
  idPrefix: string;
  fact: FactId;
  number: number;
  current: AnswerValue | undefined;
  onAnswer(fact: FactId, value: AnswerValue): void;
  onBack?(): void;
}

/** The guide's question as the guide puts it, nothing chosen: the participant answers from the story. */
export function PracticeQuestion({ idPrefix, fact, number, current, onAnswer, onBack }: PracticeQuestionProps) {
  const { t, has } = useT();
  const definition = useRuleBase().factById.get(fact)!;
  const hintKey = `rules:facts.${fact}.hint`;
  return (
    <section class="p18-practice__step">
      <p class="p18-progress">{t('practice:questions.progress', { number })}</p>
      <ChoiceForm
        id={`${idPrefix}-${fact}`}
        question={t(`rules:facts.${fact}.question`)}
        hint={has(hintKey) ? t(hintKey) : undefined}
        note={judgementNote(definition.kind, t)}
        options={definition.answers.map((value) => ({ value, label: answerLabel(t, has, fact, value) }))}
        initial={current ?? null}
        onChoose={(value) => onAnswer(fact, value)}
      >
        <WhyWeAsk cites={definition.cites} />
      </ChoiceForm>
      {onBack && (
        <p>
          <button type="button" class="p18-link-button" onClick={onBack}>
            {t('practice:questions.back')}
          </button>
        </p>
      )}
    </section>
  );
}
