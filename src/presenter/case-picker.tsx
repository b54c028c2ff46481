import { FocusRequestContext, Heading } from '../ui/heading';
import { useT } from '../i18n/use-t';
import { caseText, casesByGoal } from './case-library';
import type { FocusRequest } from './use-presenter';

interface CasePickerProps {
  /** The page heading: the presenter's library, or self-study's. */
  heading: string;
  intro: string;
  unknownCase: string | null;
  focusRequest: FocusRequest;
  onOpen(caseId: string): void;
}

/**
 * The training cases grouped by what each teaches, each with a one-line teaser. Nothing here
 * says how a case comes out: within a goal the cases are in title order.
 */
export function CasePicker({ heading, intro, unknownCase, focusRequest, onOpen }: CasePickerProps) {
  const { t, language } = useT();
  return (
    <div class="p18-page">
      <FocusRequestContext.Provider value={focusRequest}>
        <Heading depth={0} pageHeading class="p18-presenter__title">
          {heading}
        </Heading>
      </FocusRequestContext.Provider>
      {unknownCase !== null && (
        <div class="p18-notice p18-notice--warning">
          <p>{t('presenter:picker.unknownCase', { id: unknownCase })}</p>
        </div>
      )}
      <p>{intro}</p>
      <div class="p18-presenter__goals">
        {casesByGoal(language).map(({ goal, cases }) => (
          <section key={goal} class="p18-presenter__goal">
            <Heading depth={1} class="p18-presenter__goal-title">
              {t(`presenter:learningGoals.${goal}`)}
            </Heading>
            <ul class="p18-presenter__cases">
              {cases.map((trainingCase) => (
                <li key={trainingCase.id}>
                  <button type="button" class="p18-link-button" onClick={() => onOpen(trainingCase.id)}>
                    {caseText(trainingCase, 'title', language)}
                  </button>
                  <span class="p18-presenter__teaser">{caseText(trainingCase, 'teaser', language)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
