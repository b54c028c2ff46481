import type { ComponentChildren } from 'preact';
import type { RuleBase } from '../engine/rule-base';
import type { Assessment, Answers, AnswerValue, FactId, Perspective } from '../engine/types';
import type { T } from '../i18n/translator';
import { judgementNote } from './judgement-note';
import { useT } from '../i18n/use-t';
import { answerLabel } from './answer-text';
import { ChoiceForm, type ChoiceFormProps } from './choice-form';
import { perspectiveChoice } from './perspective-page';
import { Progress } from './progress';
import { ReasonsPage } from './reasons-page';
import { useRuleBase } from './rule-base-context';
import { askableFacts, pageFact, questionPages } from './state/navigation';
import { WhyWeAsk } from './why-we-ask';
import { JudgementNoteField } from './judgement-basis/note-field';

interface QuestionPageProps {
  idPrefix: string;
  /** What is asked: the opening choice of perspective, or a fact with the answers so far. */
  asked:
    | { perspective: Perspective | null; onChoose(perspective: Perspective): void }
    | { fact: FactId; assessment: Assessment; answers: Answers; onAnswer(fact: FactId, value: AnswerValue | Record<FactId, AnswerValue>): void };
}

/**
 * One fact as one question, with the answers the rule allows for it, in the rule's order; an
 * option of a checkbox group brings up its whole group on one page. The opening choice of
 * perspective and every radio question after it are one form in one place, so a step changes the
 * texts and options of the form on screen instead of building a page anew: the first click of a
 * walk, from the perspective to the first question, included.
 */
export function QuestionPage({ idPrefix, asked }: QuestionPageProps) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  if ('perspective' in asked) {
    return (
      <div class="p18-page">
        <p class="p18-lead">{t('ui:perspective.intro')}</p>
        <ChoiceForm {...perspectiveChoice(t, idPrefix, asked.perspective, asked.onChoose)} />
      </div>
    );
  }
  const { fact, assessment, answers, onAnswer } = asked;
  const definition = ruleBase.factById.get(fact)!;
  const pages = questionPages(ruleBase, askableFacts(assessment));
  const progress = <Progress number={pages.indexOf(pageFact(ruleBase, fact)) + 1} />;
  if (definition.group !== undefined) {
    const group = ruleBase.reasons.groups.find((g) => g.id === definition.group)!;
    return <ReasonsPage key={group.id} idPrefix={idPrefix} group={group} answers={answers} progress={progress} onAnswer={(values) => onAnswer(fact, values)} />;
  }
  const id = `${idPrefix}-${fact}`;
  return (
    <div class="p18-page">
      {progress}
      <ChoiceForm {...factChoice(t, has, ruleBase, id, fact, answers, (value) => onAnswer(fact, value))}>
        {definition.kind === 'judgement' && <JudgementNoteField id={id} fact={fact} />}
        {/* Keyed: a disclosure opened under the last question starts closed under the next. */}
        <WhyWeAsk key={fact} cites={definition.cites} />
      </ChoiceForm>
    </div>
  );
}

/** A radio question as the guide puts it: the rule's answers in its order, hint and judgement caveat. */
function factChoice(t: T, has: (key: string) => boolean, ruleBase: RuleBase, id: string, fact: FactId, answers: Answers, onChoose: (value: AnswerValue) => void): ChoiceFormProps {
  const definition = ruleBase.factById.get(fact)!;
  const hintKey = `rules:facts.${fact}.hint`;
  return {
    id,
    question: t(`rules:facts.${fact}.question`),
    hint: has(hintKey) ? t(hintKey) : undefined,
    note: judgementNote(definition.kind, t),
    options: definition.answers.map((value) => ({ value, label: answerLabel(t, has, fact, value) })),
    initial: answers[fact] ?? null,
    onChoose,
  };
}

interface FactChoiceFormProps {
  id: string;
  fact: FactId;
  answers: Answers;
  onChoose(value: AnswerValue): void;
  /** Shown above the sources, e.g. the judgement's note field. */
  children?: ComponentChildren;
}

/** A radio question as the guide puts it, with its sources below: for pages that ask one fact on its own (self-study). */
export function FactChoiceForm({ id, fact, answers, onChoose, children }: FactChoiceFormProps) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  return (
    <ChoiceForm {...factChoice(t, has, ruleBase, id, fact, answers, onChoose)}>
      {children}
      <WhyWeAsk key={fact} cites={ruleBase.factById.get(fact)!.cites} />
    </ChoiceForm>
  );
}
