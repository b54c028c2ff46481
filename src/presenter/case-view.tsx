import type { Language } from '../i18n/resources';
import { useT } from '../i18n/use-t';
import { AssessmentView } from './assessment-view';
import type { TrainingCase } from './case-library';
import { CaseHeader } from './case-header';
import { PrintAnswers } from './print-answers';
import { QuestionStep } from './question-step';
import { RevealSection } from './reveal-section';
import { RuleTrace } from './rule-trace';
import type { PresenterModel } from './use-presenter';

interface CaseViewProps {
  presenter: PresenterModel;
  trainingCase: TrainingCase;
  idPrefix: string;
  caseLink?(caseId: string, language: Language): string;
}

/** One case: its story, its questions one at a time, and the outcome behind two reveal buttons. */
export function CaseView({ presenter, trainingCase, idPrefix, caseLink }: CaseViewProps) {
  const { t } = useT();
  const { state, assessment, question } = presenter;
  return (
    <div class="p18-page">
      <CaseHeader trainingCase={trainingCase} focusRequest={presenter.focusRequests.case} caseLink={caseLink} />
      <PrintAnswers assessment={assessment} answers={state.answers} />
      {question !== null && (
        <QuestionStep
          key={`${question}-${presenter.visit}`}
          idPrefix={idPrefix}
          fact={question}
          assessment={assessment}
          answers={state.answers}
          caseAnswer={trainingCase.answers[question]}
          focusRequest={presenter.focusRequests.question}
          onAnswer={presenter.answer}
          onStep={presenter.step}
        />
      )}
      <RevealSection
        heading={t('presenter:assessment.heading')}
        showLabel={t('presenter:assessment.show')}
        hideLabel={t('presenter:assessment.hide')}
        shown={state.revealed.assessment}
        onToggle={(shown) => presenter.reveal('assessment', shown)}
      >
        <AssessmentView assessment={assessment} answers={state.answers} perspective={trainingCase.perspective ?? 'receiving'} />
      </RevealSection>
      <RevealSection
        heading={t('presenter:trace.heading')}
        showLabel={t('presenter:trace.show')}
        hideLabel={t('presenter:trace.hide')}
        shown={state.revealed.trace}
        onToggle={(shown) => presenter.reveal('trace', shown)}
      >
        <RuleTrace assessment={assessment} answers={state.answers} />
      </RevealSection>
    </div>
  );
}
