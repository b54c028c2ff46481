import { useMemo } from 'preact/hooks';
import type { Language } from '../i18n/resources';
import { useRuleBase } from '../ui/rule-base-context';
import { shownAnswers } from './presenter-state';
import { useT } from '../i18n/use-t';
import { StatusLine } from '../ui/status-line';
import { AssessmentView } from './assessment-view';
import type { TrainingCase } from './case-library';
import { RestoreAnswers } from './case-controls';
import { CaseHeader } from './case-header';
import { CaseLinks } from './case-link';
import { NotAsked } from './not-asked';
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
  practiceLink?(caseId: string, language: Language): string;
}

/**
 * One case: its story and its questions one at a time on the left, the outcome behind two reveal
 * buttons on the right. On a wide screen (a shared 16:9 window) each column scrolls on its own
 * and the assessment heads its column, so the question and the assessment are in view together.
 */
export function CaseView({ presenter, trainingCase, idPrefix, caseLink, practiceLink }: CaseViewProps) {
  const { t } = useT();
  const { state, assessment, question, walk } = presenter;
  const ruleBase = useRuleBase();
  const caseAnswers = useMemo(() => shownAnswers(ruleBase, { ...state, answers: trainingCase.answers }), [ruleBase, trainingCase]);
  return (
    <div class="p18-presenter__stage">
      <div class="p18-presenter__column p18-presenter__column--question">
        <CaseHeader trainingCase={trainingCase} focusRequest={presenter.focusRequests.case} />
        <PrintAnswers assessment={assessment} answers={state.answers} />
        {question !== null && (
          <QuestionStep
            key={`${question}-${presenter.visit}`}
            idPrefix={idPrefix}
            fact={question}
            questions={walk.asked}
            answers={presenter.shownAnswers}
            caseAnswers={caseAnswers}
            focusRequest={presenter.focusRequests.question}
            onAnswer={(values) => presenter.answer(question, values)}
            onStep={presenter.step}
            restore={<RestoreAnswers presenter={presenter} />}
            outcomeShown={`${state.revealed.assessment}-${state.revealed.trace}-${assessment.class}`}
          />
        )}
        {/* After the reveal only: that the guide stops asking says the assessment is settled. */}
        {state.revealed.assessment && <NotAsked facts={walk.notAsked} answers={state.answers} />}
        <CaseLinks caseId={trainingCase.id} caseLink={caseLink} practiceLink={practiceLink} />
        <StatusLine />
      </div>
      <div class="p18-presenter__column p18-presenter__column--outcome">
        <RevealSection
          heading={t('presenter:assessment.heading')}
          showLabel={t('presenter:assessment.show')}
          hideLabel={t('presenter:assessment.hide')}
          shown={state.revealed.assessment}
          onToggle={(shown) => presenter.reveal('assessment', shown)}
          part="assessment"
        >
          <AssessmentView assessment={assessment} answers={walk.answers} perspective={trainingCase.perspective ?? 'receiving'} />
        </RevealSection>
        <RevealSection
          heading={t('presenter:trace.heading')}
          showLabel={t('presenter:trace.show')}
          hideLabel={t('presenter:trace.hide')}
          shown={state.revealed.trace}
          onToggle={(shown) => presenter.reveal('trace', shown)}
          part="trace"
        >
          <RuleTrace assessment={assessment} answers={walk.answers} idPrefix={idPrefix} />
        </RevealSection>
      </div>
    </div>
  );
}
