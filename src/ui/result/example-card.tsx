import type { ComponentChildren } from 'preact';
import { SourcesDisclosure } from '../why-we-ask';
import type { CompiledExample } from '../../engine/rule-base';
import { useT } from '../../i18n/use-t';
import { CitationList } from '../citation-list';
import { Heading } from '../heading';

/** How much a passage weighs: an example without its own weight is a guiding example, unless it is a gap. */
export const weightOf = (example: CompiledExample) =>
  example.weight ?? (example.kind === 'noGuidingExample' ? undefined : 'guidingExample');

export const citationIdsOf = (example: CompiledExample) => [...example.citations.map((c) => c.id), ...(example.cites ?? [])];

interface ExampleCardProps {
  example: CompiledExample;
  /** Verbatim quotes shown openly (matched examples) or behind a disclosure. */
  citations: 'open' | 'disclosed' | 'none';
  /** Leaves out the ground and the weight, for long lists where the kind says enough. */
  compact?: boolean;
  children?: ComponentChildren;
}

/** A guiding example (or a situation without one): its title, what kind it is, what it weighs. */
export function ExampleCard({ example, citations, compact, children }: ExampleCardProps) {
  const { t } = useT();
  const weight = weightOf(example);
  const ids = citationIdsOf(example);
  return (
    <li class="p18-card">
      <Heading depth={3} class="p18-card__title">
        {t(`rules:examples.${example.id}.title`)}
      </Heading>
      <p class="p18-card__kind">{t(`rules:kinds.${example.kind}`)}</p>
      {!compact && <p class="p18-card__meta">{t(`rules:grounds.${example.ground}`)}</p>}
      {!compact && weight && <p class="p18-card__meta">{t(`rules:weights.${weight}`)}</p>}
      {children}
      {citations === 'open' && <CitationList ids={ids} />}
      {citations === 'disclosed' && <SourcesDisclosure summary={t('ui:result.showSource')} ids={ids} />}
    </li>
  );
}
