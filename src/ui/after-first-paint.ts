import { useEffect, useState } from 'preact/hooks';

/**
 * False while a component renders for the first time, true once the browser has painted that
 * render. For what sits below the first question (the glossary, the status line): the first
 * screen lays out only what the question needs, and the rest follows below it a frame later,
 * moving nothing the reader already sees.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // Preact runs effects after the next frame; one task more lets that frame reach the screen.
    const later = setTimeout(() => setPainted(true));
    return () => clearTimeout(later);
  }, []);
  return painted;
}
