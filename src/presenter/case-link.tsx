import type { Language } from '../i18n/resources';
import { useT } from '../i18n/use-t';
import { CopyButton } from '../ui/copy-button';

interface CaseLinksProps {
  caseId: string;
  caseLink?(caseId: string, language: Language): string;
  practiceLink?(caseId: string, language: Language): string;
}

/**
 * The deep links behind a disclosure, so the audience sees the case and not a URL: one that opens
 * the case in presenter view, and one for a participant to practise it alone. They name the case
 * only: a training case carries no answers of a real person, so the chat is a safe place for them.
 */
export function CaseLinks({ caseId, caseLink, practiceLink }: CaseLinksProps) {
  const { t, language } = useT();
  if (!caseLink && !practiceLink) return null;
  return (
    <details class="p18-details p18-presenter__link">
      <summary class="p18-details__summary">{t('presenter:case.linkHeading')}</summary>
      <div class="p18-details__text">
        {caseLink && <LinkToCopy hint={t('presenter:case.linkHint')} copyLabel={t('presenter:case.copyLink')} href={caseLink(caseId, language)} />}
        {practiceLink && (
          <LinkToCopy hint={t('presenter:case.practiceLinkHint')} copyLabel={t('presenter:case.copyPracticeLink')} href={practiceLink(caseId, language)} />
        )}
      </div>
    </details>
  );
}

function LinkToCopy({ hint, copyLabel, href }: { hint: string; copyLabel: string; href: string }) {
  const { t } = useT();
  return (
    <>
      <p>{hint}</p>
      <p>
        <a class="p18-link p18-presenter__url" href={href}>
          {href}
        </a>
      </p>
      <CopyButton label={copyLabel} copiedMessage={t('presenter:case.copied')} text={() => href} />
    </>
  );
}
