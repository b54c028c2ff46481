import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Assessment, Answers, FactId, Perspective } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { questionText } from '../answer-text';
import { CaseNote } from '../case-note/case-note';
import { AnswerSummary } from '../check-page';
import { Heading } from '../heading';
import { useRuleBase } from '../rule-base-context';
import { ShareLink } from '../share-link';
import { SourcesDisclosure } from '../why-we-ask';
import { Judgements } from './judgements';
import { MatchedExamples } from './matched-examples';
import { NextSteps } from './next-steps';
import { Notes } from './notes';
import { Outcome } from './outcome';
import { ResultExtrasContext } from './result-extras';
import { UnsettledCircumstances } from './unsettled-circumstances';
import { WhatWouldChange } from './what-would-change';
import { openQuestion, whyLine } from './why-line';
import { WhyNot } from './why-not';

interface ResultPageProps {
  perspective: Perspective;
  answers: Answers;
  assessment: Assessment;
  /** Opens a question again (a change link, or the open question). */
  onChange(fact: FactId): void;
  onChangePerspective(): void;
}

/**
 * Result first: the outcome, why, what to do now and the actions fill the first screen; the
 * evidence follows, folded, for whoever needs to check it.
 */
export function ResultPage({ perspective, answers, assessment, onChange, onChangePerspective }: ResultPageProps) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  const status = ruleBase.files.status;
  // Where § 18 does not apply the examples do not speak to the case; the class and its note say why.
  const examplesApply = assessment.class !== 'notApplicable';
  const Extras = useContext(ResultExtrasContext);
  const pageRef = useRef<HTMLDivElement>(null);
  const open = openQuestion(assessment, answers);
  // The drafts are long: shown when asked for, so the result itself stays short.
  const [draftShown, setDraftShown] = useState(false);
  const draftAsked = useRef(false);
  useEffect(() => {
    if (!draftShown || !draftAsked.current) return;
    draftAsked.current = false;
    // The app renders the paperwork in place; an embed's paperwork is its own element.
    const target = pageRef.current?.querySelector<HTMLElement>('.p18-paperwork, paragraf18-papirarbejde');
    target?.scrollIntoView({ block: 'start' });
    (target?.querySelector<HTMLElement>('button') ?? target?.shadowRoot?.querySelector<HTMLElement>('button'))?.focus();
  });
  const showDraft = () => {
    draftAsked.current = true;
    setDraftShown(true);
  };
  return (
    <div class="p18-page p18-page--result" ref={pageRef}>
      <Outcome assessmentClass={assessment.class}>
        <p class="p18-outcome__why">
          {whyLine(t, has, ruleBase, assessment, answers)}
          {open && (
            <>
              {' '}
              <button type="button" class="p18-link-button p18-outcome__open" onClick={() => onChange(open)}>
                {questionText(t, has, open)}
                <span class="p18-visually-hidden"> – {t('ui:result.answerOpen')}</span>
              </button>
            </>
          )}
        </p>
      </Outcome>
      {/* A direct child of the result page: the print stylesheet prints its note. */}
      <CaseNote perspective={perspective} answers={answers} assessment={assessment} onShowDraft={Extras ? showDraft : undefined} />
      <NextSteps assessment={assessment} perspective={perspective} />
      <div class="p18-caveat-line">
        <p>{t('rules:status.notAnswerKey')}</p>
        <SourcesDisclosure summary={t('ui:result.showSource')} ids={status.cites} />
      </div>

      <div class="p18-evidence">
        {examplesApply && <MatchedExamples assessment={assessment} />}
        {examplesApply && <UnsettledCircumstances assessment={assessment} answers={answers} />}
        {examplesApply && <WhyNot assessment={assessment} answers={answers} />}
        {examplesApply && <WhatWouldChange assessment={assessment} />}
        <Judgements assessment={assessment} answers={answers} />
        <section class="p18-section">
          <Heading depth={2}>{t('ui:result.answersHeading')}</Heading>
          <details class="p18-details">
            <summary class="p18-details__summary">{t('ui:result.showAnswers')}</summary>
            <AnswerSummary perspective={perspective} answers={answers} assessment={assessment} onChange={onChange} onChangePerspective={onChangePerspective} />
          </details>
        </section>
        <Notes noteIds={assessment.notes} perspective={perspective} />
      </div>
      {/* A direct child of the result page: the print stylesheet relies on it. */}
      {Extras && draftShown && <Extras perspective={perspective} answers={answers} assessment={assessment} />}
      <ShareLink />
    </div>
  );
}
