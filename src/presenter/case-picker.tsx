import { FocusRequestContext, Heading } from '../ui/heading';
import { useT } from '../i18n/use-t';
import { casesByTitle } from './case-library';
import type { FocusRequest } from './use-presenter';

interface CasePickerProps {
  unknownCase: string | null;
  focusRequest: FocusRequest;
  onOpen(caseId: string): void;
}

/** The training cases by title. Nothing here hints at an outcome: the list is in title order. */
export function CasePicker({ unknownCase, focusRequest, onOpen }: CasePickerProps) {
  const { t, language } = useT();
  return (
    <div class="p18-page">
      <FocusRequestContext.Provider value={focusRequest}>
        <Heading depth={0} pageHeading class="p18-presenter__title">
          {t('presenter:picker.heading')}
        </Heading>
      </FocusRequestContext.Provider>
      {unknownCase !== null && (
        <div class="p18-notice p18-notice--warning">
          <p>{t('presenter:picker.unknownCase', { id: unknownCase })}</p>
        </div>
      )}
      <p>{t('presenter:picker.intro')}</p>
      <ul class="p18-presenter__cases">
        {casesByTitle(language).map((trainingCase) => (
          <li key={trainingCase.id}>
            <button type="button" class="p18-link-button" onClick={() => onOpen(trainingCase.id)}>
              {trainingCase.title[language]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
