import { useT } from '../i18n/use-t';

/**
 * "Question 4 of 17 so far": the total is the engine's current list of questions to ask, which
 * grows or shrinks with the answers, so the text says it is provisional.
 */
export function Progress({ number, total }: { number: number; total: number }) {
  const { t } = useT();
  return <p class="p18-progress">{t('ui:question.progress', { number, total })}</p>;
}
