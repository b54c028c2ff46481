import { useT } from '../i18n/use-t';
import { locatorText, resolveCitations } from '../ui/locator-text';
import { useRuleBase } from '../ui/rule-base-context';

/**
 * The verbatim passages behind a list of citation ids, each with its locator and the caveats it
 * carries. Quotes keep `lang="da"` in both languages: they are the source's words.
 */
export function Quotes({ ids }: { ids: readonly string[] }) {
  const { t } = useT();
  const citations = resolveCitations(useRuleBase().citations, ids);
  return (
    <ul class="p18-review__quotes">
      {citations.map(({ citation, isCaveat }) => (
        <li key={citation.id} data-citation={citation.id}>
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
