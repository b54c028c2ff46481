import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { judgementNote } from '../ui/judgement-note';
import type { Answers, AnswerValue, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';
import { FocusRequestContext, Heading } from '../ui/heading';
import { RadioGroup } from '../ui/radio-group';
import { useRuleBase } from '../ui/rule-base-context';
import { WhyWeAsk } from '../ui/why-we-ask';
import type { FocusRequest } from './use-presenter';

interface QuestionStepProps {
  idPrefix: string;
  fact: FactId;
  /** The questions the guide puts on the current answers, in its order. */
  questions: readonly FactId[];
  answers: Answers;
  /** The answer the case file gives; the presenter may choose another to show what changes. */
  caseAnswer: AnswerValue | undefined;
  focusRequest: FocusRequest;
  onAnswer(fact: FactId, value: AnswerValue): void;
  onStep(direction: 1 | -1): void;
}

/**
 * One question, the case's answer chosen. A choice takes effect at once (the assessment and trace
 * follow it); Previous and Next are plain buttons, so arrow keys stay with the radios.
 */
export function QuestionStep({ idPrefix, fact, questions, answers, caseAnswer, focusRequest, onAnswer, onStep }: QuestionStepProps) {
  const { t, has } = useT();
  const section = useRef<HTMLElement>(null);
  const arrived = useRef(false);
  // The heading takes focus as the presenter steps here; the question is then brought to the top
  // of its column, so on a shared 720 px screen its answers and buttons are in view as well.
  const headingFocus = useMemo(
    () => ({
      consume() {
        arrived.current = focusRequest.consume();
        return arrived.current;
      },
    }),
    [focusRequest],
  );
  useLayoutEffect(() => {
    if (arrived.current) section.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const definition = useRuleBase().factById.get(fact)!;
  const number = questions.indexOf(fact) + 1;
  const current = answers[fact] ?? null;
  const hintKey = `rules:facts.${fact}.hint`;
  return (
    <section ref={section} class="p18-presenter__question">
      <p class="p18-progress">{t('presenter:questions.progress', { number, total: questions.length })}</p>
      <RadioGroup
        id={`${idPrefix}-${fact}`}
        legend={
          <FocusRequestContext.Provider value={headingFocus}>
            <Heading depth={1} pageHeading class="p18-legend__heading">
              {t(`rules:facts.${fact}.question`)}
            </Heading>
          </FocusRequestContext.Provider>
        }
        hint={has(hintKey) ? t(hintKey) : undefined}
        note={judgementNote(definition.kind, t)}
        options={definition.answers.map((value) => ({ value, label: answerLabel(t, has, fact, value) }))}
        selected={current}
        onSelect={(value) => onAnswer(fact, value)}
      />
      {caseAnswer === undefined && <p class="p18-presenter__case-answer">{t('presenter:questions.notInCase')}</p>}
      <p class="p18-presenter__case-answer" role="status">
        {caseAnswer !== undefined && current !== caseAnswer
          ? t('presenter:questions.changed', { answer: answerLabel(t, has, fact, caseAnswer) })
          : ''}
      </p>
      <WhyWeAsk cites={definition.cites} />
      <div class="p18-actions">
        {number > 1 && (
          <button type="button" class="p18-button p18-button--secondary" onClick={() => onStep(-1)}>
            {t('presenter:questions.previous')}
          </button>
        )}
        {number < questions.length && (
          <button type="button" class="p18-button" onClick={() => onStep(1)}>
            {t('presenter:questions.next')}
          </button>
        )}
      </div>
    </section>
  );
}
