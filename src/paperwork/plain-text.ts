import type { PaperDocument, Section, Sentence } from './document';

/** A sentence as printed: its text, then the numbers of the sources it rests on. */
export const sentenceLine = (sentence: Sentence): string =>
  sentence.marker ? `${sentence.text} ${sentence.marker.text}` : sentence.text;

/**
 * A document as plain text for the clipboard: one line per heading, paragraph and list item
 * ("- " before an item), a blank line before each heading. It carries exactly the words the
 * rendered document shows, in the same order.
 */
export function documentText(document: PaperDocument): string {
  const lines: string[] = [document.title.text, ...document.labels.map((label) => label.text)];
  const section = (part: Section) => {
    lines.push('', part.heading.text);
    for (const block of part.blocks) {
      if (block.kind === 'paragraph') lines.push(block.sentences.map(sentenceLine).join(' '));
      else lines.push(...block.items.map((item) => `- ${sentenceLine(item)}`));
    }
    part.subsections.forEach(section);
  };
  document.sections.forEach(section);
  if (document.referencesHeading && document.references.length > 0) {
    lines.push('', document.referencesHeading.text, ...document.references.map((reference) => reference.text.text));
  }
  return lines.join('\n');
}
