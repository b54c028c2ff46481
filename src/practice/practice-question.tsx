import type { Answers, AnswerValue, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { FactChoiceForm } from '../ui/question-page';
import { ReasonsPage } from '../ui/reasons-page';
import { useRuleBase } from '../ui/rule-base-context';
import { BackButton } from './back-button';

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
  const { t } = useT();
  const ruleBase = useRuleBase();
  const definition = ruleBase.factById.get(fact)!;
  const progress = <p class="p18-progress">{t('practice:questions.progress', { number })}</p>;
  const group = definition.group === undefined ? undefined : ruleBase.reasons.groups.find((g) => g.id === definition.group);
  return (
    <section class="p18-practice__step">
      {group ? (
        <ReasonsPage idPrefix={idPrefix} group={group} answers={answers} progress={progress} onAnswer={onAnswer} />
      ) : (
        <>
          {progress}
          {/* No note field: self-study keeps nothing, and a training case is no one's case. */}
          <FactChoiceForm id={`${idPrefix}-${fact}`} fact={fact} answers={answers} onChoose={(value) => onAnswer({ [fact]: value })} />
        </>
      )}
      {onBack && <BackButton onBack={onBack} />}
    </section>
  );
}
