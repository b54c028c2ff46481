import { useT } from '../i18n/use-t';
import type { PresenterModel } from './use-presenter';

/** Back to the list. */
export function CaseControls({ presenter }: { presenter: PresenterModel }) {
  const { t } = useT();
  return (
    <div class="p18-controls">
      <button type="button" class="p18-link-button" onClick={presenter.showPicker}>
        {t('presenter:case.allCases')}
      </button>
    </div>
  );
}

/** Once the presenter has changed an answer: back to the case as written, beside the question. */
export function RestoreAnswers({ presenter }: { presenter: PresenterModel }) {
  const { t } = useT();
  if (presenter.changedFacts.length === 0) return null;
  return (
    <p class="p18-controls">
      <button type="button" class="p18-link-button" onClick={presenter.restoreAnswers}>
        {t('presenter:questions.restore')}
      </button>
    </p>
  );
}
