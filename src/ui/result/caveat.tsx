import { useT } from '../../i18n/use-t';
import { CitationList } from '../citation-list';
import { useRuleBase } from '../rule-base-context';

/** "Ikke en facitliste": the study's own reservation, in its words, next to every result. */
export function NotAnswerKeyCaveat() {
  const { t } = useT();
  const status = useRuleBase().files.status;
  return (
    <div class="p18-caveat">
      <p class="p18-caveat__title">{t('rules:status.notAnswerKey')}</p>
      <CitationList ids={status.cites} />
    </div>
  );
}
