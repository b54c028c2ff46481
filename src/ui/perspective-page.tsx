import type { Perspective } from '../engine/types';
import { useT } from '../i18n/use-t';
import { ChoiceForm } from './choice-form';
import { PERSPECTIVES } from './state/walk-state';

interface PerspectivePageProps {
  idPrefix: string;
  current: Perspective | null;
  onChoose(perspective: Perspective): void;
}

/** The first choice: who is asking. It orders the notes on the result; it never changes the assessment. */
export function PerspectivePage({ idPrefix, current, onChoose }: PerspectivePageProps) {
  const { t } = useT();
  return (
    <div class="p18-page">
      <p class="p18-lead">{t('ui:perspective.intro')}</p>
      <ChoiceForm
        id={`${idPrefix}-perspective`}
        question={t('ui:perspective.question')}
        hint={t('ui:perspective.hint')}
        options={PERSPECTIVES.map((value) => ({ value, label: t(`rules:perspectives.${value}`) }))}
        initial={current}
        onChoose={(value) => onChoose(value as Perspective)}
      />
    </div>
  );
}
