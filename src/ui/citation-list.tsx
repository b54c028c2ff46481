import { useT } from '../i18n/use-t';
import { locatorText, resolveCitations } from './locator-text';
import { useRuleBase } from './rule-base-context';

/**
 * Verbatim quotes with their locators. Quotes are never translated: they carry `lang="da"` so a
 * screen reader reads them in Danish, and the caption says they are the original wording.
 */
export function CitationList({ ids }: { ids: readonly string[] }) {
  const { t } = useT();
  const ruleBase = useRuleBase();
  const citations = resolveCitations(ruleBase.citations, ids);
  if (citations.length === 0) return null;
  return (
    <ul class="p18-citations">
      {citations.map(({ citation, isCaveat }) => (
        <li key={citation.id}>
          <figure class="p18-citation">
            {isCaveat && <p class="p18-citation__caveat">{t('ui:citation.caveat')}</p>}
            <blockquote class="p18-quote" lang="da">
              <p>{citation.quote}</p>
            </blockquote>
            <figcaption class="p18-citation__source">
              {locatorText(t, citation)}. {t('ui:citation.verbatim')}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
