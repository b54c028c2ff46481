/**
 * Source copies are PDF extractions: words are split across lines with a hyphen and lines are
 * padded with blank lines. A quote is compared with the text as printed, so both sides are folded
 * the same way before comparing.
 */
const LINE_BREAK_HYPHEN = /(\p{L})-[ \t]*\r?\n\s*(\p{Ll})/gu;
const WHITE_SPACE = /\s+/gu;

export function foldSourceText(text: string): string {
  return text.replace(LINE_BREAK_HYPHEN, '$1$2').replace(WHITE_SPACE, ' ').trim();
}

export function foldQuote(quote: string): string {
  return quote.replace(WHITE_SPACE, ' ').trim();
}

export function quoteStandsIn(quote: string, foldedSource: string): boolean {
  return foldedSource.includes(foldQuote(quote));
}
