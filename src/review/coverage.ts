import { foldQuote } from '../engine/source-text';
import type { RuleBase } from '../engine/rule-base';
import type { Citation } from '../engine/types';
import { partOf, splitSentences, type SourcePart } from './sentences';

/**
 * How the rule base uses each sentence of a source: `encoded` in a rule (an example, a situation
 * without one, or the scope of § 18), `cited` by a question, note, judgement or the status line, or
 * `notUsed` for a stated reason. One entry per sentence, so a source text cannot come in unread.
 */
export type SentenceUse =
  | { text: string; use: 'encoded' | 'cited'; by: string[] }
  | { text: string; use: 'notUsed'; reason: string };

export interface CoverageFile {
  /** The file in `rules/sources/` the list accounts for. */
  file: string;
  part: SourcePart;
  sentences: SentenceUse[];
}

export interface SourceText {
  file: string;
  text: string;
}

/**
 * What each part of the rule base quotes, under a name that says what it is: `example:<id>` (an
 * example or a situation without one), `scope`, `fact:<id>`, `note:<id>`, `judgement:<id>`, `status`.
 * Ids are unique only within their kind (`feelsLonely` is an example and a question).
 */
export function citationsOf(ruleBase: RuleBase): Map<string, { kind: 'rule' | 'text'; citations: Citation[] }> {
  const { files, citations } = ruleBase;
  const resolve = (own: Citation[] = [], cites: string[] = []) => [
    ...own,
    ...cites.map((id) => citations.get(id)).filter((c): c is Citation => c !== undefined),
  ];
  const byId = new Map<string, { kind: 'rule' | 'text'; citations: Citation[] }>();
  byId.set('scope', { kind: 'rule', citations: resolve(files.scope.citations, files.scope.cites) });
  for (const example of files.examples) byId.set(`example:${example.id}`, { kind: 'rule', citations: resolve(example.citations, example.cites) });
  for (const note of files.notes) byId.set(`note:${note.id}`, { kind: 'text', citations: resolve(note.citations, note.cites) });
  for (const fact of files.facts.facts) byId.set(`fact:${fact.id}`, { kind: 'text', citations: resolve([], fact.cites) });
  for (const judgement of files.judgements.judgements) byId.set(`judgement:${judgement.id}`, { kind: 'text', citations: resolve([], judgement.cites) });
  byId.set('status', { kind: 'text', citations: resolve([], files.status.cites) });
  return byId;
}

const heading = (text: string) => foldQuote(text).replace(/[:.]$/u, '').toLocaleLowerCase('da');

/** A citation folded once for comparing: its quote, and the headings its locator names. */
interface FoldedCitation {
  quote: string;
  headings: string[];
}

const foldCitation = (citation: Citation): FoldedCitation => ({
  quote: foldQuote(citation.quote),
  headings: citation.locator.section?.split(' – ').map(heading) ?? [],
});

/**
 * True when a citation carries the sentence: its quote holds it (or it holds the quote, which
 * leaves out a provision's label such as "Stk. 4."), or the sentence is the heading the locator names.
 */
function carriesFolded(citation: FoldedCitation, sentence: FoldedSentence): boolean {
  if (sentence.isSentence && ` ${citation.quote} `.includes(` ${sentence.text} `)) return true;
  if (citation.quote.length >= 20 && sentence.text.includes(citation.quote)) return true;
  return citation.headings.includes(sentence.heading);
}

interface FoldedSentence {
  text: string;
  heading: string;
  /** Ends as a sentence does; a heading is matched only by the locator that names it. */
  isSentence: boolean;
}

const foldSentence = (sentence: string): FoldedSentence => {
  const text = foldQuote(sentence);
  return { text, heading: heading(sentence), isSentence: /[.!?:”»]$/u.test(text) };
};

export const carries = (citation: Citation, sentence: string): boolean => carriesFolded(foldCitation(citation), foldSentence(sentence));

const split = new Map<string, string[]>();

/** Every sentence of a source part, in order (worked out once per text and part). */
export function sentencesOf(source: SourceText, part: SourcePart): string[] {
  const key = `${JSON.stringify(part)}\0${source.text}`;
  let sentences = split.get(key);
  if (!sentences) split.set(key, (sentences = splitSentences(partOf(source.text, part))));
  return sentences;
}

/**
 * What is wrong with the coverage lists: a source without a list, a sentence without an entry, an
 * entry for a sentence the source no longer has, or a use the rule base does not bear out.
 * Empty when every sentence is accounted for exactly once.
 */
export function coverageProblems(sources: SourceText[], coverage: CoverageFile[], ruleBase: RuleBase): string[] {
  const problems: string[] = [];
  const uses = [...citationsOf(ruleBase)].map(([id, use]) => [id, { kind: use.kind, citations: use.citations.map(foldCitation) }] as const);
  const useById = new Map(uses);
  for (const source of sources) {
    const lists = coverage.filter((c) => c.file === source.file);
    if (lists.length !== 1) {
      problems.push(`${source.file}: ${lists.length} coverage lists (expected one)`);
      continue;
    }
    const list = lists[0];
    const sentences = sentencesOf(source, list.part);
    if (sentences.length === 0) problems.push(`${source.file}: the part ${JSON.stringify(list.part)} holds no sentence`);
    const entries = new Map<string, SentenceUse[]>();
    for (const entry of list.sentences) entries.set(entry.text, [...(entries.get(entry.text) ?? []), entry]);
    const wanted = new Map<string, number>();
    for (const sentence of sentences) wanted.set(sentence, (wanted.get(sentence) ?? 0) + 1);
    for (const [sentence, count] of wanted) {
      const found = entries.get(sentence)?.length ?? 0;
      if (found < count) problems.push(`${source.file}: no entry for the sentence ${JSON.stringify(sentence)}`);
      if (found > count) problems.push(`${source.file}: ${found} entries for the sentence ${JSON.stringify(sentence)}`);
    }
    for (const entry of list.sentences) {
      if (!wanted.has(entry.text)) {
        problems.push(`${source.file}: an entry for a sentence the source does not have: ${JSON.stringify(entry.text)}`);
        continue;
      }
      if (entry.use === 'notUsed') {
        if (entry.reason.trim() === '') problems.push(`${source.file}: no reason why ${JSON.stringify(entry.text)} is not used`);
        const folded = foldSentence(entry.text);
        const quotedBy = uses.filter(([, use]) => use.citations.some((c) => carriesFolded(c, folded))).map(([id]) => id);
        if (quotedBy.length > 0) problems.push(`${source.file}: marked not used, but ${quotedBy.join(', ')} quote ${JSON.stringify(entry.text)}`);
        continue;
      }
      for (const id of entry.by) {
        const use = useById.get(id);
        if (!use) problems.push(`${source.file}: "${id}" is no rule, question, note or judgement (${entry.use} ${JSON.stringify(entry.text)})`);
        else if (entry.use === 'encoded' && use.kind !== 'rule') problems.push(`${source.file}: "${id}" is not a rule, so it cannot encode ${JSON.stringify(entry.text)}`);
        else if (!use.citations.some((c) => carriesFolded(c, foldSentence(entry.text)))) problems.push(`${source.file}: "${id}" does not quote ${JSON.stringify(entry.text)}`);
      }
      if (entry.by.length === 0) problems.push(`${source.file}: ${entry.use} by nothing: ${JSON.stringify(entry.text)}`);
    }
  }
  return problems;
}

/** Counts per use, over every list. */
export function coverageCounts(coverage: CoverageFile[]): Record<SentenceUse['use'], number> {
  const counts = { encoded: 0, cited: 0, notUsed: 0 };
  for (const entry of coverage.flatMap((c) => c.sentences)) counts[entry.use] += 1;
  return counts;
}
