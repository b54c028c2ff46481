import type { Language } from '../../i18n/resources';
import { DEFAULT_LANGUAGE } from '../../i18n/resources';
import type { Sentence, Trace } from '../document';

/** Placeholders the caseworker must fill in, e.g. "[klageinstans]": marked so they cannot be missed. */
const PLACEHOLDER = /(\[[^\]]+\])/;

function WithPlaceholders({ text }: { text: string }) {
  return (
    <>
      {text.split(PLACEHOLDER).map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} class="p18-paperwork__placeholder">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * Text with its verbatim Danish passage marked `lang="da"` outside Danish, so a screen reader
 * reads the quote in the language it is written in.
 */
export function QuotedText({ text, quote, language }: { text: string; quote?: string; language: Language }) {
  const at = quote ? text.indexOf(quote) : -1;
  if (!quote || at < 0) return <WithPlaceholders text={text} />;
  return (
    <>
      <WithPlaceholders text={text.slice(0, at)} />
      <span class="p18-paperwork__quote" lang={language === DEFAULT_LANGUAGE ? undefined : DEFAULT_LANGUAGE}>
        {quote}
      </span>
      <WithPlaceholders text={text.slice(at + quote.length)} />
    </>
  );
}

const traceAttribute = (trace: Trace) => [...trace.citations, ...trace.facts, ...trace.notes].join(' ') || undefined;

/** One sentence; its trace is kept on the element, its source numbers follow it. */
export function SentenceView({ sentence, language }: { sentence: Sentence; language: Language }) {
  return (
    <span class={`p18-paperwork__sentence p18-paperwork__sentence--${sentence.role}`} data-trace={traceAttribute(sentence.trace)}>
      <QuotedText text={sentence.text} quote={sentence.quote} language={language} />
      {sentence.marker && (
        <>
          {' '}
          <span class="p18-paperwork__marker">{sentence.marker.text}</span>
        </>
      )}
    </span>
  );
}
