import type { Assessment, Answers, Perspective } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { CaseNote } from '../case-note/case-note';
import { Heading } from '../heading';
import { ShareLink } from '../share-link';
import { NotAnswerKeyCaveat } from './caveat';
import { Judgements } from './judgements';
import { MatchedExamples } from './matched-examples';
import { UnsettledCircumstances } from './unsettled-circumstances';
import { Notes } from './notes';
import { WhatWouldChange } from './what-would-change';
import { WhyNot } from './why-not';
import { useContext } from 'preact/hooks';
import { ResultExtrasContext } from './result-extras';

interface ResultPageProps {
  perspective: Perspective;
  answers: Answers;
  assessment: Assessment;
}

/** The engine's assessment in plain words, with everything it rests on. */
export function ResultPage({ perspective, answers, assessment }: ResultPageProps) {
  const { t } = useT();
  // Where § 18 does not apply the examples do not speak to the case; the class and its note say why.
  const examplesApply = assessment.class !== 'notApplicable';
  const Extras = useContext(ResultExtrasContext);
  return (
    <div class="p18-page p18-page--result">
      <div class="p18-panel">
        <p class="p18-panel__caption">{t('ui:result.caption')}</p>
        <Heading depth={1} pageHeading class="p18-panel__title">
          {t(`rules:classes.${assessment.class}.title`)}
        </Heading>
        <p>{t(`rules:classes.${assessment.class}.summary`)}</p>
      </div>
      <NotAnswerKeyCaveat />
      {examplesApply && <UnsettledCircumstances assessment={assessment} answers={answers} />}
      {examplesApply && <MatchedExamples assessment={assessment} />}
      {examplesApply && <WhyNot assessment={assessment} answers={answers} />}
      {examplesApply && <WhatWouldChange assessment={assessment} />}
      <Judgements assessment={assessment} answers={answers} />
      <Notes noteIds={assessment.notes} perspective={perspective} />
      <CaseNote perspective={perspective} answers={answers} assessment={assessment} />
      {/* A direct child of the result page: the print stylesheet relies on it. */}
      {Extras && <Extras perspective={perspective} answers={answers} assessment={assessment} />}
      <ShareLink />
    </div>
  );
}
