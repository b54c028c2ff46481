import { translator } from '../i18n/translator';
import type { Language } from '../i18n/resources';

/** For locked-down municipal PCs: the whole guide as one HTML file that opens from the disk. */
export function OfflineDownload({ language, href }: { language: Language; href: string }) {
  const { t } = translator(language);
  return (
    <p class="p18 p18-offline-download">
      <a class="p18-link" href={href} download>
        {t('ui:offline.download')}
      </a>{' '}
      {t('ui:offline.explain')}
    </p>
  );
}
