import type { Answers, AnswerValue, FactId } from '../engine/types';
import { ReasonsPage } from '../ui/reasons-page';
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
  answers: Answers;
  onAnswer(values: Record<FactId, AnswerValue>): void;
  onBack?(): void;
}

/** The guide's question as the guide puts it, nothing chosen: the participant answers from the story. */
export function PracticeQuestion({ idPrefix, fact, number, answers, onAnswer, onBack }: PracticeQuestionProps) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  const definition = ruleBase.factById.get(fact)!;
  const hintKey = `rules:facts.${fact}.hint`;
  const progress = <p class="p18-progress">{t('practice:questions.progress', { number })}</p>;
  const group = definition.group === undefined ? undefined : ruleBase.reasons.groups.find((g) => g.id === definition.group);
  return (
    <section class="p18-practice__step">
      {group ? (
        <ReasonsPage idPrefix={idPrefix} group={group} answers={answers} progress={progress} onAnswer={onAnswer} />
      ) : (
        <>
          {progress}
          <ChoiceForm
            id={`${idPrefix}-${fact}`}
            question={t(`rules:facts.${fact}.question`)}
            hint={has(hintKey) ? t(hintKey) : undefined}
            note={judgementNote(definition.kind, t)}
            options={definition.answers.map((value) => ({ value, label: answerLabel(t, has, fact, value) }))}
            initial={answers[fact] ?? null}
            onChoose={(value) => onAnswer({ [fact]: value })}
          >
            <WhyWeAsk cites={definition.cites} />
          </ChoiceForm>
        </>
      )}
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
