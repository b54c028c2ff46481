import type { RuleBase } from '../engine/rule-base';
import { locatorText } from '../ui/locator-text';
import { sentencesOf, type PaperDocument, type Reference, type Section, type Sentence, type Text } from './document';
import { citationOf } from './sources';
import type { Writer } from './writer';

const citationRef = (id: string) => `citation:${id}`;
const noteRef = (id: string) => `note:${id}`;

/**
 * Numbers every passage and note the sentences rest on, in order of first use. A passage the body
 * already quotes is listed by its locator only; any other is quoted, so each number leads to
 * words that can be checked. Answers are not numbered: the facts section states them.
 */
export function numberReferences(ruleBase: RuleBase, write: Writer, sentences: readonly Sentence[]): Reference[] {
  const quotedInBody = new Set(sentences.filter((s) => s.quote !== undefined).flatMap((s) => s.trace.citations));
  const ids: string[] = [];
  const add = (id: string) => !ids.includes(id) && ids.push(id);
  for (const sentence of sentences) {
    sentence.trace.citations.forEach((id) => add(citationRef(id)));
    sentence.trace.notes.forEach((id) => add(noteRef(id)));
  }
  return ids.map((id, index) => {
    const number = String(index + 1);
    const [kind, key] = id.split(':');
    if (kind === 'note') {
      const text = write.text('draft.references.note', {
        number,
        title: write.ruleText(`notes.${key}.title`),
        text: write.ruleText(`notes.${key}.text`),
      });
      return { id, number: index + 1, text };
    }
    const citation = citationOf(ruleBase, key)!;
    const source = locatorText(write.translator.t, citation);
    if (quotedInBody.has(key)) return { id, number: index + 1, text: write.text('draft.references.citationQuotedAbove', { number, source }) };
    return {
      id,
      number: index + 1,
      text: write.text('draft.references.citation', { number, source, quote: citation.quote }),
      quote: citation.quote,
    };
  });
}

/** The "(1, 3)" after a sentence: the numbers of the passages and notes it rests on. */
function markerOf(references: readonly Reference[], sentence: Sentence, write: Writer): Text | undefined {
  const wanted = [...sentence.trace.citations.map(citationRef), ...sentence.trace.notes.map(noteRef)];
  const numbers = references.filter((r) => wanted.includes(r.id)).map((r) => r.number);
  return numbers.length === 0 ? undefined : write.text('common.refs', { numbers: numbers.join(', ') });
}

/**
 * The document with its reference list and a marker on each sentence that rests on a listed
 * source, so the renderer and the text copy print the same numbers.
 */
export function withReferences(document: PaperDocument, ruleBase: RuleBase, write: Writer): PaperDocument {
  const references = numberReferences(ruleBase, write, sentencesOf(document));
  const mark = (sentence: Sentence): Sentence => {
    const marker = markerOf(references, sentence, write);
    return marker ? { ...sentence, marker } : sentence;
  };
  // Within a paragraph, sentences resting on the same sources share one marker, after the last.
  const markParagraph = (sentences: Sentence[]): Sentence[] => {
    const marked = sentences.map(mark);
    return marked.map((sentence, index) => {
      const next = marked[index + 1];
      if (!sentence.marker || next?.marker?.text !== sentence.marker.text) return sentence;
      const { marker: _shared, ...rest } = sentence;
      return rest;
    });
  };
  const section = (s: Section): Section => ({
    ...s,
    blocks: s.blocks.map((block) =>
      block.kind === 'paragraph' ? { kind: 'paragraph', sentences: markParagraph(block.sentences) } : { kind: 'list', items: block.items.map(mark) },
    ),
    subsections: s.subsections.map(section),
  });
  return { ...document, sections: document.sections.map(section), references, referencesHeading: write.text('draft.headings.references') };
}
