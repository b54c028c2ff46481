import type { Assessment, AnswerValue, FactId } from '../engine/types';
import { judgementNote } from './judgement-note';
import { useT } from '../i18n/use-t';
import { answerLabel } from './answer-text';
import { ChoiceForm } from './choice-form';
import { Progress } from './progress';
import { useRuleBase } from './rule-base-context';
import { askableFacts } from './state/navigation';
import { WhyWeAsk } from './why-we-ask';

interface QuestionPageProps {
  idPrefix: string;
  fact: FactId;
  assessment: Assessment;
  current: AnswerValue | undefined;
  onAnswer(fact: FactId, value: AnswerValue): void;
}

/** One fact as one question, with the answers the rule allows for it, in the rule's order. */
export function QuestionPage({ idPrefix, fact, assessment, current, onAnswer }: QuestionPageProps) {
  const { t, has } = useT();
  const definition = useRuleBase().factById.get(fact)!;
  const askable = askableFacts(assessment);
  const hintKey = `rules:facts.${fact}.hint`;
  return (
    <div class="p18-page">
      <Progress number={askable.indexOf(fact) + 1} total={askable.length} />
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
    </div>
  );
}
