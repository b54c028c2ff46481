import { useT } from '../i18n/use-t';
import { formatDate } from '../ui/dates';
import { useRuleBase } from '../ui/rule-base-context';
import type { SourceDocument } from './data';

/**
 * What the rule base is, its version and legal basis date, the pinned sources, and what is not
 * verified: the dated wording the notes flag and the sources' own reservations.
 */
export function StatusSection({ sources }: { sources: readonly SourceDocument[] }) {
  const { t, has, language } = useT();
  const ruleBase = useRuleBase();
  const { status } = ruleBase.files;
  const dated = ruleBase.notes.filter((note) => note.datedWording && has(`rules:notes.${note.id}.dated`));
  return (
    <>
      <p>{t('rules:status.line')}</p>
      <p>{t('rules:status.notAnswerKey')}</p>
      <dl class="p18-review__facts">
        <dt>{t('review:status.version')}</dt>
        <dd>{status.version}</dd>
        <dt>{t('review:status.legalBasisFrom')}</dt>
        <dd>{formatDate(language, status.legalBasisFrom)}</dd>
        <dt>{t('review:status.legalBasisCheckedOn')}</dt>
        <dd>{formatDate(language, status.legalBasisCheckedOn)}</dd>
        {status.knownLaterChangeFrom && (
          <>
            <dt>{t('review:status.knownLaterChangeFrom')}</dt>
            <dd>{formatDate(language, status.knownLaterChangeFrom)}</dd>
          </>
        )}
      </dl>
      <p>
        {t('rules:status.legalBasis', { from: formatDate(language, status.legalBasisFrom), checkedOn: formatDate(language, status.legalBasisCheckedOn) })}
      </p>
      <p class="p18-review__label">{t('review:status.sources')}</p>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <span lang="da">{source.title}</span> – <code>{source.file}</code>
            <br />
            <span class="p18-review__hash">{t('review:status.sha256', { sha256: source.sha256 })}</span>
          </li>
        ))}
      </ul>
      <p class="p18-review__label">{t('review:status.notVerified')}</p>
      <ul data-not-verified>
        <li>
          {status.knownLaterChangeFrom
            ? t('rules:status.notVerified')
            : t('rules:status.notVerifiedYet', { checkedOn: formatDate(language, status.legalBasisCheckedOn) })}
        </li>
        {dated.map((note) => (
          <li key={note.id}>
            {t(`rules:notes.${note.id}.title`)}: {t(`rules:notes.${note.id}.dated`)}
          </li>
        ))}
        {sources
          .filter((source) => /ikke kontrolleret|ikke verificeret/u.test(source.title))
          .map((source) => (
            <li key={source.id} lang="da">
              {source.title}
            </li>
          ))}
      </ul>
    </>
  );
}
