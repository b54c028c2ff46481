import { useT } from '../i18n/use-t';
import { StatusLine } from '../ui/status-line';

/**
 * The status line (what the rule base is and is not, its version and legal basis) folded under
 * one line: in full it is taller than half a 720 px screen, which belongs to the question.
 */
export function RuleBaseStatus() {
  const { t } = useT();
  return (
    <details class="p18-details p18-presenter__status">
      <summary class="p18-details__summary">{t('presenter:case.status')}</summary>
      <div class="p18-details__text">
        <StatusLine />
      </div>
    </details>
  );
}
