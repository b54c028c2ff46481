import { useT } from '../i18n/use-t';
import { CitationList } from './citation-list';

/** The disclosure under each question: the guidance a question rests on, verbatim. */
export function WhyWeAsk({ cites }: { cites: readonly string[] }) {
  const { t } = useT();
  if (cites.length === 0) return null;
  return (
    <details class="p18-details">
      <summary class="p18-details__summary">{t('ui:question.whyWeAsk')}</summary>
      <div class="p18-details__text">
        <CitationList ids={cites} />
      </div>
    </details>
  );
}
