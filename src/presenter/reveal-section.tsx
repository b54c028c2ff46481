import type { ComponentChildren } from 'preact';
import { Heading } from '../ui/heading';

interface RevealSectionProps {
  heading: string;
  showLabel: string;
  hideLabel: string;
  shown: boolean;
  onToggle(shown: boolean): void;
  children: ComponentChildren;
}

/**
 * A part of the outcome the presenter shows when the audience has had its say. Until then its
 * content is not rendered at all, so neither a screen reader nor a search of the page finds it.
 */
export function RevealSection({ heading, showLabel, hideLabel, shown, onToggle, children }: RevealSectionProps) {
  return (
    <section class="p18-section p18-presenter__reveal">
      <Heading depth={1} class="p18-presenter__section-title">
        {heading}
      </Heading>
      <button type="button" class="p18-button p18-button--secondary p18-presenter__toggle" aria-expanded={shown} onClick={() => onToggle(!shown)}>
        {shown ? hideLabel : showLabel}
      </button>
      {shown && <div class="p18-presenter__revealed">{children}</div>}
    </section>
  );
}
