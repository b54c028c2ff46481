import { useT } from '../i18n/use-t';
import { formatDate } from './dates';
import { useEnvironment } from './environment';
import { useRuleBase } from './rule-base-context';

/** What the rule base is and is not, its version and the date of its legal basis: on every page. */
export function StatusLine() {
  const { t, language } = useT();
  const status = useRuleBase().files.status;
  const reviewCopyHref = useEnvironment().reviewCopyHref?.(language);
  return (
    <footer class="p18-status">
      <p>{t('rules:status.line')}</p>
      <p>{t('rules:status.version', { version: status.version })}</p>
      <p>
        {t('rules:status.legalBasis', {
          from: formatDate(language, status.legalBasisFrom),
          checkedOn: formatDate(language, status.legalBasisCheckedOn),
        })}{' '}
        <a class="p18-link" href={status.retsinformationHref} rel="noopener noreferrer">
          {t('ui:status.retsinformationLink')}
        </a>
      </p>
      {reviewCopyHref && (
        <p>
          <a class="p18-link" href={reviewCopyHref}>
            {t('ui:status.reviewCopyLink')}
          </a>
        </p>
      )}
    </footer>
  );
}
