import './texts';
import { DEFAULT_LANGUAGE } from '../i18n/resources';
import { useT } from '../i18n/use-t';
import { caseText, findCase } from '../presenter/case-library';
import { CasePicker } from '../presenter/case-picker';
import { TrainingContexts, useHostNotices, useIdPrefix, type TrainingViewProps } from '../presenter/training-frame';
import { TrainingLabel } from '../presenter/training-label';
import { FocusRequestContext, Heading } from '../ui/heading';
import { LanguageSwitch } from '../ui/language-switch';
import { StatusLine } from '../ui/status-line';
import { ComparisonView } from './comparison';
import { ExpectationStep } from './expectation-step';
import { PracticeQuestion } from './practice-question';
import { usePractice, type PracticeModel } from './use-practice';

export type PracticeProps = TrainingViewProps;

/**
 * "Øv selv": a participant takes a training case alone. They answer the guide's questions
 * themselves, say which outcome they expect, and then see the guide's assessment of the case
 * beside their own, with every answer where they part from the case and what it moves.
 * Everything stays in this page's memory: nothing is stored or sent.
 */
export function Practice(props: PracticeProps) {
  const practice = usePractice(props.ruleBase, props.caseId, props.language ?? DEFAULT_LANGUAGE);
  const idPrefix = useIdPrefix('s');
  useHostNotices(practice.language, practice.state.caseId, props);
  return (
    <TrainingContexts ruleBase={props.ruleBase} language={practice.language} headingLevel={props.headingLevel}>
      <PracticeFrame practice={practice} idPrefix={idPrefix} />
    </TrainingContexts>
  );
}

function PracticeFrame({ practice, idPrefix }: { practice: PracticeModel; idPrefix: string }) {
  const { t, language } = useT();
  const trainingCase = findCase(practice.state.caseId);
  return (
    <div class="p18 p18-practice" lang={language}>
      <header class="p18-header p18-practice__header">
        <p class="p18-practice__app-name">
          {t('ui:app.title')} – {t('practice:title')}
        </p>
        <LanguageSwitch onSwitch={practice.switchLanguage} />
      </header>
      <TrainingLabel />
      {trainingCase ? (
        <PracticeCase key={trainingCase.id} practice={practice} idPrefix={idPrefix} />
      ) : (
        <CasePicker
          heading={t('practice:picker.heading')}
          intro={t('practice:picker.intro')}
          unknownCase={practice.state.unknownCase}
          focusRequest={practice.focusRequest}
          onOpen={practice.openCase}
        />
      )}
      <StatusLine />
    </div>
  );
}

/** One case: its story, then the current step – a question, the bid, or the comparison. */
function PracticeCase({ practice, idPrefix }: { practice: PracticeModel; idPrefix: string }) {
  const { t, language } = useT();
  const { state, question, walk, comparison } = practice;
  const trainingCase = findCase(state.caseId)!;
  return (
    <FocusRequestContext.Provider value={practice.focusRequest}>
      <div class="p18-page">
        <div class="p18-controls">
          <button type="button" class="p18-link-button" onClick={practice.showList}>
            {t('practice:case.allCases')}
          </button>
        </div>
        <Heading depth={0} pageHeading class="p18-practice__title">
          {caseText(trainingCase, 'title', language)}
        </Heading>
        <p class="p18-practice__narrative">{caseText(trainingCase, 'narrative', language)}</p>
        {comparison ? (
          <ComparisonView comparison={comparison} onStartAgain={practice.startAgain} onList={practice.showList} />
        ) : question !== null ? (
          <PracticeQuestion
            key={question}
            idPrefix={idPrefix}
            fact={question}
            number={walk.asked.indexOf(question) + 1}
            answers={state.answers}
            onAnswer={practice.answer}
            onBack={walk.asked.indexOf(question) > 0 ? practice.back : undefined}
          />
        ) : (
          <ExpectationStep idPrefix={idPrefix} initial={state.expected} onChoose={practice.chooseExpected} onBack={practice.back} />
        )}
      </div>
    </FocusRequestContext.Provider>
  );
}
