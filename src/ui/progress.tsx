import { useT } from '../i18n/use-t';

/**
 * "Spørgsmål 4": which question this is. No total: the engine's list of questions grows or
 * shrinks with the answers, and a total it later broke would mislead.
 */
export function Progress({ number }: { number: number }) {
  const { t } = useT();
  return <p class="p18-progress">{t('ui:question.progress', { number })}</p>;
}
