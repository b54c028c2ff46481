import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Heading } from '../ui/heading';

interface RevealSectionProps {
  heading: string;
  showLabel: string;
  hideLabel: string;
  shown: boolean;
  onToggle(shown: boolean): void;
  /** Which part of the outcome, for the layout: the assessment keeps its place, the trace scrolls. */
  part: 'assessment' | 'trace';
  children: ComponentChildren;
}

/**
 * A part of the outcome the presenter shows when the audience has had its say. Until then its
 * content is not rendered at all, so neither a screen reader nor a search of the page finds it.
 * What a reveal shows is brought into view, never left below the edge of a shared screen.
 */
export function RevealSection({ heading, showLabel, hideLabel, shown, onToggle, part, children }: RevealSectionProps) {
  const section = useRef<HTMLElement>(null);
  const wasShown = useRef(shown);
  useLayoutEffect(() => {
    if (shown && !wasShown.current) section.current?.scrollIntoView?.({ block: 'nearest' });
    wasShown.current = shown;
  }, [shown]);
  return (
    <section ref={section} class={`p18-section p18-presenter__reveal p18-presenter__reveal--${part}`}>
      <div class="p18-presenter__reveal-head">
        <Heading depth={1} class="p18-presenter__section-title">
          {heading}
        </Heading>
        <button type="button" class="p18-button p18-button--secondary p18-presenter__toggle" aria-expanded={shown} onClick={() => onToggle(!shown)}>
          {shown ? hideLabel : showLabel}
        </button>
      </div>
      {shown && <div class="p18-presenter__revealed">{children}</div>}
    </section>
  );
}
