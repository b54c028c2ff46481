import { useT } from '../i18n/use-t';

/** Back one step of the participant's own walk (a question, or the bid on the outcome). */
export function BackButton({ onBack }: { onBack(): void }) {
  const { t } = useT();
  return (
    <p>
      <button type="button" class="p18-link-button" onClick={onBack}>
        {t('practice:questions.back')}
      </button>
    </p>
  );
}
