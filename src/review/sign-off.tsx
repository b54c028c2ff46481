import { useT } from '../i18n/use-t';
import { formatDate } from '../ui/dates';

interface SignOffProps {
  version: string;
  hash: string;
  generated: Date;
}

/** What the reviewer signs: this version and content hash, with blank lines to fill in by hand. */
export function SignOff({ version, hash, generated }: SignOffProps) {
  const { t, language } = useT();
  const blank = (label: string, tall = false) => (
    <div class={tall ? 'p18-review__blank p18-review__blank--tall' : 'p18-review__blank'}>
      <span class="p18-review__blank-label">{label}</span>
      <span class="p18-review__blank-line" aria-hidden="true" />
    </div>
  );
  return (
    <>
      <p>{t('review:signOff.intro')}</p>
      <dl class="p18-review__facts">
        <dt>{t('review:signOff.version')}</dt>
        <dd data-sign-off-version>{version}</dd>
        <dt>{t('review:signOff.hash')}</dt>
        <dd>
          <code class="p18-review__hash" data-content-hash>
            {hash}
          </code>
        </dd>
        <dt>{t('review:signOff.generated')}</dt>
        <dd>{formatDate(language, generated)}</dd>
      </dl>
      {blank(t('review:signOff.reviewer'))}
      {blank(t('review:signOff.date'))}
      {blank(t('review:signOff.remarks'), true)}
      {blank(t('review:signOff.signature'))}
    </>
  );
}
