import { useT } from '../i18n/use-t';

/**
 * "Øvelsessag – fiktiv" on every view and on paper: a screenshot or printout of a training case
 * must never pass for a real person's case.
 */
export function TrainingLabel() {
  const { t } = useT();
  return <p class="p18-presenter__label">{t('presenter:fictitious')}</p>;
}
