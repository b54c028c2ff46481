import { useT } from '../i18n/use-t';
import type { PresenterModel } from './use-presenter';

/** Back to the list, and – once the presenter has changed an answer – back to the case as written. */
export function CaseControls({ presenter }: { presenter: PresenterModel }) {
  const { t } = useT();
  return (
    <div class="p18-controls">
      <button type="button" class="p18-link-button" onClick={presenter.showPicker}>
        {t('presenter:case.allCases')}
      </button>
      {presenter.changedFacts.length > 0 && (
        <button type="button" class="p18-link-button" onClick={presenter.restoreAnswers}>
          {t('presenter:questions.restore')}
        </button>
      )}
    </div>
  );
}
