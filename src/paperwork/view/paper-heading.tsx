import type { ComponentChildren } from 'preact';

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * A heading at an absolute level, clamped to h1–h6. The documents nest three deep below wherever
 * the host puts them, deeper than the guide's own `Heading` depths reach.
 */
export function PaperHeading({ level, class: className, children }: { level: number; class?: string; children: ComponentChildren }) {
  const Tag = `h${Math.min(6, Math.max(1, Math.round(level)))}` as HeadingTag;
  return <Tag class={className}>{children}</Tag>;
}
