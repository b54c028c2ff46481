import type { ComponentChildren } from 'preact';
import type { Assessment, Answers, AnswerValue, FactId } from '../engine/types';
import { judgementNote } from './judgement-note';
import { useT } from '../i18n/use-t';
import { answerLabel } from './answer-text';
import { ChoiceForm } from './choice-form';
import { Progress } from './progress';
import { ReasonsPage } from './reasons-page';
import { useRuleBase } from './rule-base-context';
import { askableFacts, pageFact, questionPages } from './state/navigation';
import { WhyWeAsk } from './why-we-ask';
import { JudgementNoteField } from './judgement-basis/note-field';

interface QuestionPageProps {
  idPrefix: string;
  fact: FactId;
  assessment: Assessment;
  answers: Answers;
  onAnswer(fact: FactId, value: AnswerValue | Record<FactId, AnswerValue>): void;
}

/**
 * One fact as one question, with the answers the rule allows for it, in the rule's order; an
 * option of a checkbox group brings up its whole group on one page.
 */
export function QuestionPage({ idPrefix, fact, assessment, answers, onAnswer }: QuestionPageProps) {
  const ruleBase = useRuleBase();
  const definition = ruleBase.factById.get(fact)!;
  const pages = questionPages(ruleBase, askableFacts(assessment));
  const progress = <Progress number={pages.indexOf(pageFact(ruleBase, fact)) + 1} />;
  if (definition.group !== undefined) {
    const group = ruleBase.reasons.groups.find((g) => g.id === definition.group)!;
    return <ReasonsPage key={group.id} idPrefix={idPrefix} group={group} answers={answers} progress={progress} onAnswer={(values) => onAnswer(fact, values)} />;
  }
  return (
    <div class="p18-page">
      {progress}
      <FactChoiceForm id={`${idPrefix}-${fact}`} fact={fact} answers={answers} onChoose={(value) => onAnswer(fact, value)}>
        {definition.kind === 'judgement' && <JudgementNoteField id={`${idPrefix}-${fact}`} fact={fact} />}
      </FactChoiceForm>
    </div>
  );
}

interface FactChoiceFormProps {
  id: string;
  fact: FactId;
  answers: Answers;
  onChoose(value: AnswerValue): void;
  /** Shown above the sources, e.g. the judgement's note field. */
  children?: ComponentChildren;
}

/** A radio question as the guide puts it: the rule's answers in its order, hint, judgement caveat, sources. */
export function FactChoiceForm({ id, fact, answers, onChoose, children }: FactChoiceFormProps) {
  const { t, has } = useT();
  const definition = useRuleBase().factById.get(fact)!;
  const hintKey = `rules:facts.${fact}.hint`;
  return (
    <ChoiceForm
      id={id}
      question={t(`rules:facts.${fact}.question`)}
      hint={has(hintKey) ? t(hintKey) : undefined}
      note={judgementNote(definition.kind, t)}
      options={definition.answers.map((value) => ({ value, label: answerLabel(t, has, fact, value) }))}
      initial={answers[fact] ?? null}
      onChoose={onChoose}
    >
      {children}
      {/* Keyed: a disclosure opened under the last question starts closed under the next. */}
      <WhyWeAsk key={fact} cites={definition.cites} />
    </ChoiceForm>
  );
}
