import { useT } from '../i18n/use-t';
import { CitationList } from './citation-list';

/** A closed disclosure with verbatim quotes: under a question, an example or a note. */
export function SourcesDisclosure({ summary, ids }: { summary: string; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <details class="p18-details">
      <summary class="p18-details__summary">{summary}</summary>
      <div class="p18-details__text">
        <CitationList ids={ids} />
      </div>
    </details>
  );
}

/** The disclosure under each question: the guidance a question rests on, verbatim. */
export function WhyWeAsk({ cites }: { cites: readonly string[] }) {
  const { t } = useT();
  return <SourcesDisclosure summary={t('ui:question.whyWeAsk')} ids={cites} />;
}
