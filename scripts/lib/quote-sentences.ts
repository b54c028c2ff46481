import { foldQuote } from '../../src/engine/source-text.ts';
import type { FoldedSource } from './folded-source.ts';

/**
 * A quote must be whole sentences of the pinned source: "kan efter omstændighederne føre til" cut
 * down to "kan … føre til" stands in the text and still says something the source does not. So
 * the quote must start where a sentence starts and end where one ends.
 */
export type QuotePlacement = { fits: true } | { fits: false; problem: 'absent' | 'startsMidSentence' | 'endsMidSentence'; context: string };

/** Words whose full stop ends no sentence ("jf. § 19", "stk. 2", "hhv. skal"). */
const ABBREVIATIONS = new Set([
  'bl.a', 'ca', 'dvs', 'el', 'evt', 'f.eks', 'ff', 'hhv', 'inkl', 'jf', 'jvf', 'kap', 'm.fl', 'm.m', 'm.v', 'mht', 'mv', 'nr', 'osv', 'pga', 'pkt', 'stk', 'vedr',
]);
const CLOSING = /[”"»’)]+$/u;
/** Footnote marks as the PDF extraction prints them: "grundlag.3F 4 Det …", "kommuner.2 De …". */
const FOOTNOTE_AFTER = /^(?:\d+F(?: \d+)?|\d+)(?= |$)/u;
const FOOTNOTE_BEFORE = /(?<=[.!?:][”"»’)]*)(?:\d+F(?: \d+)?|\d+)$/u;
const SENTENCE_OPENER = /^[\p{Lu}\d§“”"„«(•–-]/u;
/** A line this short with no closing punctuation is a heading (or a box title), not wrapped prose. */
const HEADING_MAX_LENGTH = 50;

export function placeQuote(quote: string, source: FoldedSource): QuotePlacement {
  const wanted = foldQuote(quote);
  let first: QuotePlacement | undefined;
  for (let at = source.text.indexOf(wanted); at >= 0; at = source.text.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    const placement: QuotePlacement = !startsSentence(source, at)
      ? { fits: false, problem: 'startsMidSentence', context: source.text.slice(Math.max(0, at - 30), at + 20) }
      : !endsSentence(source.text, end)
        ? { fits: false, problem: 'endsMidSentence', context: source.text.slice(Math.max(0, end - 20), end + 30) }
        : { fits: true };
    if (placement.fits) return placement;
    first ??= placement;
  }
  return first ?? { fits: false, problem: 'absent', context: '' };
}

function endsWithSentenceStop(before: string): boolean {
  const text = before.replace(FOOTNOTE_BEFORE, '').replace(CLOSING, '');
  if (!/[.!?:]$/u.test(text)) return false;
  const word = /([\p{L}\d.]+)[.!?:]$/u.exec(text)?.[1] ?? '';
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function startsSentence(source: FoldedSource, at: number): boolean {
  if (!SENTENCE_OPENER.test(source.text.slice(at))) return false;
  const before = source.text.slice(0, at).trimEnd();
  if (before === '' || endsWithSentenceStop(before)) return true;
  return followsHeading(source.raw, source.rawIndex[at]);
}

function followsHeading(raw: string, rawAt: number): boolean {
  const lineStart = raw.lastIndexOf('\n', rawAt - 1) + 1;
  if (raw.slice(lineStart, rawAt).trim() !== '') return false;
  const previous = raw.slice(0, lineStart).trimEnd().split('\n').pop()!.trim();
  return previous.length <= HEADING_MAX_LENGTH && !/[\p{L}]-$|[,;]$/u.test(previous);
}

function endsSentence(text: string, end: number): boolean {
  if (!endsWithSentenceStop(text.slice(0, end))) return false;
  const rest = text.slice(end).replace(/^[”"»’)]+/u, '').replace(FOOTNOTE_AFTER, '');
  if (rest !== '' && !rest.startsWith(' ')) return false;
  const next = rest.trimStart();
  return next === '' || SENTENCE_OPENER.test(next);
}
