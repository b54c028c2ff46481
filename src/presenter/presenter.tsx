import './texts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/resources';
import { useT } from '../i18n/use-t';
import type { Environment } from '../ui/environment';
import { LanguageSwitch } from '../ui/language-switch';
import { StatusLine } from '../ui/status-line';
import { findCase } from './case-library';
import { CasePicker } from './case-picker';
import { CaseControls } from './case-controls';
import { CaseView } from './case-view';
import { TrainingContexts, useHostNotices, useIdPrefix, type TrainingViewProps } from './training-frame';
import { TrainingLabel } from './training-label';
import { usePresenter, type PresenterModel } from './use-presenter';

export interface PresenterProps extends TrainingViewProps {
  /** The link that opens a case in presenter view, in a language; without it no link is offered. */
  caseLink?(caseId: string, language: Language): string;
  /** The link that opens a case for self-study ("Øv selv"); without it none is offered. */
  practiceLink?(caseId: string, language: Language): string;
  environment?: Partial<Environment>;
}

/**
 * The training view for a webinar: a case list, then one fictitious case at a time, its questions
 * one by one with the case's answers chosen, and the engine's assessment and rule trace shown
 * only when the presenter asks for them.
 */
export function Presenter(props: PresenterProps) {
  const { ruleBase, headingLevel, caseLink, practiceLink, environment } = props;
  const presenter = usePresenter(ruleBase, props.caseId, props.language ?? DEFAULT_LANGUAGE);
  const idPrefix = useIdPrefix('p');
  useHostNotices(presenter.language, presenter.state.caseId, props);
  return (
    <TrainingContexts ruleBase={ruleBase} language={presenter.language} headingLevel={headingLevel} environment={environment}>
      <PresenterFrame presenter={presenter} idPrefix={idPrefix} caseLink={caseLink} practiceLink={practiceLink} />
    </TrainingContexts>
  );
}

interface PresenterFrameProps {
  presenter: PresenterModel;
  idPrefix: string;
  caseLink?(caseId: string, language: Language): string;
  practiceLink?(caseId: string, language: Language): string;
}

/** The view's own header, the training label on every view, the case or the list, and the status. */
function PresenterFrame({ presenter, idPrefix, caseLink, practiceLink }: PresenterFrameProps) {
  const { t, language } = useT();
  const trainingCase = findCase(presenter.state.caseId);
  return (
    <div class={`p18 p18-presenter${trainingCase ? ' p18-presenter--case' : ''}`} lang={language}>
      <header class="p18-header p18-presenter__header">
        <p class="p18-presenter__app-name">
          {t('ui:app.title')} – {t('presenter:title')}
        </p>
        <div class="p18-presenter__bar">
          <TrainingLabel />
          {trainingCase && <CaseControls presenter={presenter} />}
        </div>
        <LanguageSwitch onSwitch={presenter.switchLanguage} />
      </header>
      {trainingCase ? (
        <CaseView key={trainingCase.id} presenter={presenter} trainingCase={trainingCase} idPrefix={idPrefix} caseLink={caseLink} practiceLink={practiceLink} />
      ) : (
        <>
          <CasePicker
            heading={t('presenter:picker.heading')}
            intro={t('presenter:picker.intro')}
            unknownCase={presenter.state.unknownCase}
            focusRequest={presenter.focusRequests.picker}
            onOpen={presenter.openCase}
          />
          <StatusLine />
        </>
      )}
    </div>
  );
}
