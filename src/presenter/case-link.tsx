import { useT } from '../i18n/use-t';
import { CopyButton } from '../ui/copy-button';

/**
 * The deep link behind a disclosure, so the audience sees the case and not a URL. It names the
 * case only: a training case carries no answers of a real person, so the chat is a safe place for it.
 */
export function CaseLink({ href }: { href: string }) {
  const { t } = useT();
  return (
    <details class="p18-details p18-presenter__link">
      <summary class="p18-details__summary">{t('presenter:case.linkHeading')}</summary>
      <div class="p18-details__text">
        <p>{t('presenter:case.linkHint')}</p>
        <p>
          <a class="p18-link p18-presenter__url" href={href}>
            {href}
          </a>
        </p>
        <CopyButton label={t('presenter:case.copyLink')} copiedMessage={t('presenter:case.copied')} text={() => href} />
      </div>
    </details>
  );
}
