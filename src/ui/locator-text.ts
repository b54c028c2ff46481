import type { Citation } from '../engine/types';
import type { T } from '../i18n/translator';

/**
 * Where a quote stands, e.g. "Ankestyrelsen …, kapitel 4, »Vejledende eksempler …«, eksempel 2".
 * Section headings and provisions are printed as the source prints them (Danish in both languages).
 */
export function locatorText(t: T, citation: Citation): string {
  const { chapter, section, example, provision, footnote } = citation.locator;
  const parts = [t(`rules:documents.${citation.doc}`)];
  if (chapter !== undefined) parts.push(t('rules:locator.chapter', { chapter }));
  if (section !== undefined) parts.push(`»${section}«`);
  if (example !== undefined) parts.push(t('rules:locator.example', { example }));
  if (provision !== undefined) parts.push(provision);
  if (footnote !== undefined) parts.push(t('rules:locator.footnote', { footnote }));
  return parts.join(', ');
}

export interface ShownCitation {
  citation: Citation;
  /** Shown because another quote must not stand without it (e.g. the reservation on interview points). */
  isCaveat: boolean;
}

/** The citations behind a list of ids, each once, each followed by the caveats it carries. */
export function resolveCitations(citations: ReadonlyMap<string, Citation>, ids: readonly string[]): ShownCitation[] {
  const seen = new Set<string>();
  const out: ShownCitation[] = [];
  const add = (id: string, isCaveat: boolean) => {
    const citation = citations.get(id);
    if (!citation || seen.has(id)) return;
    seen.add(id);
    out.push({ citation, isCaveat });
    citation.caveats?.forEach((caveat) => add(caveat, true));
  };
  ids.forEach((id) => add(id, false));
  return out;
}
