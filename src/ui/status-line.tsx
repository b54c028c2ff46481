import { DEFAULT_LANGUAGE } from '../i18n/resources';
import { useT } from '../i18n/use-t';
import { formatDate } from './dates';
import { useEnvironment } from './environment';
import { useRuleBase } from './rule-base-context';

/** What the rule base is and is not, its version and the date of its legal basis: on every page. */
export function StatusLine() {
  const { t, language } = useT();
  const status = useRuleBase().files.status;
  // Once a known later amendment has passed, the wording shown is not the one in force: say what is not verified.
  const today = new Date().toISOString().slice(0, 10);
  const superseded = status.knownLaterChangeFrom !== undefined && today >= status.knownLaterChangeFrom;
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
      <p>
        {superseded
          ? t('rules:status.notVerified')
          : t('rules:status.notVerifiedYet', { checkedOn: formatDate(language, status.legalBasisCheckedOn) })}
      </p>
      {language !== DEFAULT_LANGUAGE && <p>{t('rules:status.translation')}</p>}
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
