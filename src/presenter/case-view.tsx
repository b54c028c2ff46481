import { useMemo } from 'preact/hooks';
import type { Language } from '../i18n/resources';
import { useRuleBase } from '../ui/rule-base-context';
import { shownAnswers } from './presenter-state';
import { useT } from '../i18n/use-t';
import { AssessmentView } from './assessment-view';
import type { TrainingCase } from './case-library';
import { RestoreAnswers } from './case-controls';
import { CaseHeader } from './case-header';
import { CaseLinks } from './case-link';
import { NotAsked } from './not-asked';
import { PrintAnswers } from './print-answers';
import { QuestionStep } from './question-step';
import { RevealSection } from './reveal-section';
import { RuleBaseStatus } from './rule-base-status';
import { RuleTrace } from './rule-trace';
import type { PresenterModel } from './use-presenter';

/** More options than this, and a checkbox page takes the wide layout of its own (presenter.css). */
const LONG_CHECKBOX_PAGE = 4;

interface CaseViewProps {
  presenter: PresenterModel;
  trainingCase: TrainingCase;
  idPrefix: string;
  caseLink?(caseId: string, language: Language): string;
  practiceLink?(caseId: string, language: Language): string;
}

/**
 * One case: its story, its questions one at a time, and the outcome behind two reveal buttons.
 * On a wide screen (a shared 16:9 window) the question has the left column to itself and the
 * story heads the right one above the assessment, so both fit in view without scrolling.
 */
export function CaseView({ presenter, trainingCase, idPrefix, caseLink, practiceLink }: CaseViewProps) {
  const { t } = useT();
  const { state, assessment, question, walk } = presenter;
  const ruleBase = useRuleBase();
  // A long checkbox page (the reasons given: fourteen options) needs more than half a 16:9 screen's
  // width to fit without scrolling; a short one (two options) fits beside the story like a radio question.
  const group = question === null ? undefined : ruleBase.reasons.groups.find((g) => g.id === ruleBase.factById.get(question)?.group);
  const onReasonsPage = group !== undefined && group.options.length > LONG_CHECKBOX_PAGE;
  // On a short wide screen the story folds (presenter.css) where the room is needed: beside the
  // long checkbox page, and once the outcome is shown, which then has the column to itself.
  const foldStory = onReasonsPage || state.revealed.assessment || state.revealed.trace;
  const caseAnswers = useMemo(() => shownAnswers(ruleBase, { ...state, answers: trainingCase.answers }), [ruleBase, trainingCase]);
  return (
    <div class={['p18-presenter__stage', onReasonsPage && 'p18-presenter__stage--reasons', foldStory && 'p18-presenter__stage--fold-story', state.revealed.trace && 'p18-presenter__stage--trace'].filter(Boolean).join(' ')}>
      {/* First in reading order; on a wide screen it heads the outcome column, leaving the question column to the question. */}
      <CaseHeader trainingCase={trainingCase} focusRequest={presenter.focusRequests.case} idPrefix={idPrefix} />
      <div class="p18-presenter__column p18-presenter__column--question">
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
        {/* At the foot: on a wide screen the question column holds the question alone. */}
        <div class="p18-presenter__foot">
          {/* After the reveal only: that the guide stops asking says the assessment is settled. */}
          {state.revealed.assessment && <NotAsked facts={walk.notAsked} answers={state.answers} />}
          <CaseLinks caseId={trainingCase.id} caseLink={caseLink} practiceLink={practiceLink} />
          <RuleBaseStatus />
        </div>
      </div>
    </div>
  );
}
