import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useRef } from 'preact/hooks';

/** The level of the guide's own top heading; the host page decides it (1 in the standalone app). */
export const HeadingLevelContext = createContext(1);

/**
 * Asks the next page heading to take focus. Set by the guide when the caseworker acts (answers,
 * goes back, changes an answer), never on first render: focus must not jump on page load.
 */
export const FocusRequestContext = createContext<{ consume(): boolean }>({ consume: () => false });

interface HeadingProps {
  /** Levels below the guide's top heading: 0 for the title, 1 for a page, 2 for a section. */
  depth: 0 | 1 | 2 | 3;
  /** The page's main heading: focus lands here after a step. */
  pageHeading?: boolean;
  id?: string;
  class?: string;
  children: ComponentChildren;
}

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export function Heading({ depth, pageHeading, id, class: className, children }: HeadingProps) {
  const base = useContext(HeadingLevelContext);
  const focusRequest = useContext(FocusRequestContext);
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (pageHeading && focusRequest.consume()) ref.current?.focus();
  }, []);
  const Tag = `h${Math.min(6, Math.max(1, base + depth))}` as HeadingTag;
  return (
    <Tag ref={ref} id={id} class={className} tabIndex={pageHeading ? -1 : undefined}>
      {children}
    </Tag>
  );
}
