import type { Block, PaperDocument, Section, Sentence } from './document';

/**
 * What "Kopiér til afgørelse" puts in the decision: the letter's own sections, headings and lists,
 * without the caseworker's sections, instructions and notices, without the source numbers and
 * without the source list. Placeholders such as "[klageinstans]" stay: they must be filled in.
 * A bracketed sentence ("[Undersøg det.]") inside a text is an instruction and is left out too.
 */
export interface DecisionPart {
  heading: string;
  /** 0 for a top-level section of the draft. */
  depth: number;
  blocks: ({ kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] })[];
}

/** A bracketed instruction: a whole sentence, ending in a full stop, question or exclamation mark. */
const BRACKETED_INSTRUCTION = /\s*\[[^[\]]*[.!?]\]/g;

const letterText = (sentence: Sentence): string => sentence.text.replace(BRACKETED_INSTRUCTION, '').trim();

const inLetter = (sentence: Sentence) => sentence.role === 'content' && letterText(sentence) !== '';

function blockOf(block: Block): DecisionPart['blocks'][number] | null {
  if (block.kind === 'paragraph') {
    const kept = block.sentences.filter(inLetter).map(letterText);
    return kept.length === 0 ? null : { kind: 'paragraph', text: kept.join(' ') };
  }
  const items = block.items.filter(inLetter).map(letterText);
  return items.length === 0 ? null : { kind: 'list', items };
}

/** The decision's parts in reading order; a section left with neither text nor parts is dropped. */
export function decisionParts(document: PaperDocument): DecisionPart[] {
  const parts: DecisionPart[] = [];
  const visit = (section: Section, depth: number) => {
    if (section.audience === 'caseworker') return;
    const blocks = section.blocks.map(blockOf).filter((b) => b !== null);
    const at = parts.length;
    section.subsections.forEach((sub) => visit(sub, depth + 1));
    if (blocks.length > 0 || parts.length > at) parts.splice(at, 0, { heading: section.heading.text, depth, blocks });
  };
  document.sections.forEach((section) => visit(section, 0));
  return parts;
}

/** The decision as plain text: a blank line before each heading, "- " before each list item. */
export function decisionPlainText(document: PaperDocument): string {
  return decisionParts(document)
    .flatMap((part) => ['', part.heading, ...part.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items.map((i) => `- ${i}`)))])
    .slice(1)
    .join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The decision as HTML for a word processor's paste: headings (h2 down), paragraphs and lists.
 * Only our own tags; every text, the caseworker's notes included, is escaped, so nothing in the
 * data can become markup.
 */
export function decisionHtml(document: PaperDocument): string {
  const body = decisionParts(document)
    .map((part) => {
      const level = Math.min(6, part.depth + 2);
      const blocks = part.blocks.map((b) =>
        b.kind === 'paragraph' ? `<p>${escape(b.text)}</p>` : `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`,
      );
      return `<h${level}>${escape(part.heading)}</h${level}>${blocks.join('')}`;
    })
    .join('');
  return `<meta charset="utf-8"><div lang="${escape(document.language)}">${body}</div>`;
}

/** The numbered source list on its own, for the caseworker to add to the case file or the letter. */
export function sourcesText(document: PaperDocument): string {
  if (!document.referencesHeading || document.references.length === 0) return '';
  return [document.referencesHeading.text, ...document.references.map((r) => r.text.text)].join('\n');
}
