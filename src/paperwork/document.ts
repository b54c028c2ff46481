import type { FactId } from '../engine/types';
import type { Language } from '../i18n/resources';

/**
 * The shape both paperwork documents share. Every string in a document is a locale template
 * filled with values (`text === t(key, values)`), so a test can prove that no sentence was
 * written in code, and the renderer and the plain-text copy read the same structure.
 */

export type Values = Record<string, string>;

/** A template and what filled it. Headings, labels and instructions are texts. */
export interface Text {
  key: string;
  values: Values;
  text: string;
}

/** What a sentence rests on: verbatim passages (citation ids), answers (fact ids), rule-base notes. */
export interface Trace {
  citations: string[];
  facts: FactId[];
  /** Notes whose locale text is the guide's paraphrase (forvaltningsloven §§ 24–25, § 32 after 2025). */
  notes: string[];
}

/** The example, judgement or fact a sentence names, so tests can tell which ones a draft names. */
export interface Subject {
  kind: 'example' | 'judgement' | 'fact';
  id: string;
}

export interface Sentence extends Text {
  /**
   * `content` rests on the trace; a `notice` is content the reader must not miss (what is required,
   * what is dated); an `instruction` tells the reader what to do with the document.
   */
  role: 'content' | 'notice' | 'instruction';
  trace: Trace;
  /** A verbatim Danish passage inside the text, kept Danish in every language. */
  quote?: string;
  subject?: Subject;
  /** Wording that predates the 2025 benefit reform. */
  dated?: boolean;
  /** The numbers of the listed sources it rests on, e.g. "(1, 3)"; set once the list is numbered. */
  marker?: Text;
}

export type Block = { kind: 'paragraph'; sentences: Sentence[] } | { kind: 'list'; items: Sentence[] };

export interface Section {
  id: string;
  /**
   * `caseworker`: for the caseworker and the case file, never part of the decision text ("Kopiér
   * til afgørelse" leaves it out). Without it, the section is part of the decision.
   */
  audience?: 'caseworker';
  heading: Text;
  blocks: Block[];
  subsections: Section[];
}

/** A numbered source behind one or more sentences, listed at the end of the draft. */
export interface Reference {
  /** `citation:<id>` or `note:<id>`. */
  id: string;
  number: number;
  text: Text;
  /** The verbatim passage inside the text, if the reference quotes one. */
  quote?: string;
}

export interface PaperDocument {
  kind: 'draft' | 'advice';
  /** A draft's decision: a full approval needs neither reasons nor an appeal notice (forvaltningsloven §§ 22, 25). */
  decision?: 'approval' | 'refusalSide' | 'notApplicable';
  language: Language;
  title: Text;
  /** Lines under the title: what the document is, and (outside Danish) that it is a translation. */
  labels: Text[];
  sections: Section[];
  references: Reference[];
  referencesHeading?: Text;
}

export const emptyTrace = (): Trace => ({ citations: [], facts: [], notes: [] });

export const traceOf = (trace: Partial<Trace>): Trace => ({
  citations: [...new Set(trace.citations ?? [])],
  facts: [...new Set(trace.facts ?? [])],
  notes: [...new Set(trace.notes ?? [])],
});

export const hasTrace = (trace: Trace) => trace.citations.length + trace.facts.length + trace.notes.length > 0;

export const paragraph = (...sentences: Sentence[]): Block => ({ kind: 'paragraph', sentences });
export const list = (items: Sentence[]): Block => ({ kind: 'list', items });

/** Every sentence of a document, headings and references aside, in reading order. */
export function sentencesOf(document: PaperDocument): Sentence[] {
  const ofSection = (section: Section): Sentence[] => [
    ...section.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : block.items)),
    ...section.subsections.flatMap(ofSection),
  ];
  return document.sections.flatMap(ofSection);
}

/** Every text of a document: title, labels, headings, sentences and references. */
export function textsOf(document: PaperDocument): Text[] {
  const ofSection = (section: Section): Text[] => [
    section.heading,
    ...section.blocks
      .flatMap((block) => (block.kind === 'paragraph' ? block.sentences : block.items))
      .flatMap((sentence) => (sentence.marker ? [sentence, sentence.marker] : [sentence])),
    ...section.subsections.flatMap(ofSection),
  ];
  return [
    document.title,
    ...document.labels,
    ...document.sections.flatMap(ofSection),
    ...(document.referencesHeading ? [document.referencesHeading] : []),
    ...document.references.map((r) => r.text),
  ];
}
