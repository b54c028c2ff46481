import { useT } from '../i18n/use-t';
import { CopyButton } from './copy-button';
import { useEnvironment } from './environment';
import { Heading } from './heading';

/** Only where the walk lives in the address bar: the link carries case facts, so say how to send it. */
export function ShareLink() {
  const { t } = useT();
  const { shareableLink } = useEnvironment();
  const link = shareableLink();
  if (link === null) return null;
  return (
    <section class="p18-section p18-share">
      <Heading depth={2}>{t('ui:share.heading')}</Heading>
      {/* Folded, with the warning inside: nobody copies the link without reading it first. */}
      <details class="p18-details">
        <summary class="p18-details__summary">{t('ui:share.show')}</summary>
        <div class="p18-notice p18-notice--warning">
          <p>{t('ui:share.warning')}</p>
          <p>{t('ui:judgementBasis.notInLink')}</p>
        </div>
        <CopyButton label={t('ui:share.copy')} copiedMessage={t('ui:share.copied')} text={() => shareableLink() ?? link} />
      </details>
    </section>
  );
}
