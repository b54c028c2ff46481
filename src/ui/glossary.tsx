import { useState } from 'preact/hooks';
import { useAfterFirstPaint } from './after-first-paint';
import { useT } from '../i18n/use-t';
import { resources } from '../i18n/resources';

interface GlossaryFile {
  heading: string;
  intro: string;
  terms: Record<string, { term: string; text: string }>;
}

/**
 * Terms a caseworker meets in the sources, including the programme's earlier names. The terms are
 * two thirds of the first screen's elements but sit in a closed disclosure, so they are built
 * just after the first screen is shown (or at once, if opened sooner): the question comes first.
 */
export function Glossary() {
  const { language } = useT();
  const glossary = resources[language].glossary as unknown as GlossaryFile;
  const [opened, setOpened] = useState(false);
  const built = useAfterFirstPaint() || opened;
  return (
    <details class="p18-details p18-glossary" onToggle={() => setOpened(true)}>
      <summary class="p18-details__summary">{glossary.heading}</summary>
      {built && (
        <div class="p18-details__text">
          <p>{glossary.intro}</p>
          <dl class="p18-glossary__list">
            {Object.entries(glossary.terms).map(([id, entry]) => (
              <div key={id} class="p18-glossary__entry">
                <dt class="p18-glossary__term">{entry.term}</dt>
                <dd class="p18-glossary__text">{entry.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </details>
  );
}
