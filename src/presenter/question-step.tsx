import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { judgementNote } from '../ui/judgement-note';
import type { Answers, AnswerValue, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';
import { FocusRequestContext, Heading } from '../ui/heading';
import { RadioGroup } from '../ui/radio-group';
import { useRuleBase } from '../ui/rule-base-context';
import { WhyWeAsk } from '../ui/why-we-ask';
import { ReasonsStep } from './reasons-step';
import type { FocusRequest } from './use-presenter';

interface QuestionStepProps {
  idPrefix: string;
  fact: FactId;
  /** The questions the guide puts on the current answers, in its order. */
  questions: readonly FactId[];
  /** The answers as the presenter has left them, a checkbox page's ticks included. */
  answers: Answers;
  /** The answers the case file gives; the presenter may choose others to show what changes. */
  caseAnswers: Answers;
  focusRequest: FocusRequest;
  onAnswer(values: Record<FactId, AnswerValue>): void;
  onStep(direction: 1 | -1): void;
  /** "Gendan sagens svar", once the presenter has changed an answer. */
  restore?: ComponentChildren;
  /**
   * Changes when the outcome does (a reveal, another class): the question is then brought back
   * into its column's view, wherever Tab has scrolled the column on the way to the button.
   */
  outcomeShown?: string;
}

/**
 * One question, the case's answer chosen. A choice takes effect at once (the assessment and trace
 * follow it); Previous and Next are plain buttons, so arrow keys stay with the radios.
 */
export function QuestionStep({ idPrefix, fact, questions, answers, caseAnswers, focusRequest, onAnswer, onStep, restore, outcomeShown }: QuestionStepProps) {
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
  const firstOutcome = useRef(true);
  useLayoutEffect(() => {
    if (firstOutcome.current) firstOutcome.current = false;
    else section.current?.querySelector('fieldset')?.scrollIntoView?.({ block: 'nearest' });
  }, [outcomeShown]);
  const ruleBase = useRuleBase();
  const definition = ruleBase.factById.get(fact)!;
  const number = questions.indexOf(fact) + 1;
  const legend = (text: string) => (
    <FocusRequestContext.Provider value={headingFocus}>
      <Heading depth={1} pageHeading class="p18-legend__heading">
        {text}
      </Heading>
    </FocusRequestContext.Provider>
  );
  const group = definition.group === undefined ? undefined : ruleBase.reasons.groups.find((g) => g.id === definition.group);
  const hintKey = `rules:facts.${fact}.hint`;
  return (
    <section ref={section} class="p18-presenter__question">
      <p class="p18-progress">{t('presenter:questions.progress', { number, total: questions.length })}</p>
      {group ? (
        <ReasonsStep idPrefix={idPrefix} group={group} legend={legend} answers={answers} caseAnswers={caseAnswers} onAnswer={onAnswer} />
      ) : (
        <>
          <RadioGroup
            id={`${idPrefix}-${fact}`}
            legend={legend(t(`rules:facts.${fact}.question`))}
            note={judgementNote(definition.kind, t)}
            options={definition.answers.map((value) => ({ value, label: answerLabel(t, has, fact, value) }))}
            selected={answers[fact] ?? null}
            onSelect={(value) => onAnswer({ [fact]: value })}
          />
          {/* Folded: on a shared 720 px screen the question and its answers must fit in one view. */}
          {has(hintKey) && (
            <details class="p18-details p18-presenter__hint">
              <summary class="p18-details__summary">{t('presenter:questions.hint')}</summary>
              <p class="p18-details__text">{t(hintKey)}</p>
            </details>
          )}
          {caseAnswers[fact] === undefined && <p class="p18-presenter__case-answer">{t('presenter:questions.notInCase')}</p>}
          <p class="p18-presenter__case-answer" role="status">
            {caseAnswers[fact] !== undefined && answers[fact] !== caseAnswers[fact]
              ? t('presenter:questions.changed', { answer: answerLabel(t, has, fact, caseAnswers[fact]) })
              : ''}
          </p>
        </>
      )}
      {restore}
      <WhyWeAsk cites={group ? group.cites : definition.cites} />
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
