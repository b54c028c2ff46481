import { foldSourceText } from '../../src/engine/source-text.ts';

/**
 * The pinned source folded exactly as `foldSourceText` folds it, with, for every folded
 * character, where it stood in the raw copy: whether a quote starts a sentence sometimes
 * depends on the raw line it starts (a heading has no full stop before the sentence after it).
 */
export interface FoldedSource {
  raw: string;
  text: string;
  rawIndex: number[];
}

const LINE_BREAK_HYPHEN = /(\p{L})-[ \t]*\r?\n\s*(\p{Ll})/gu;

export function foldWithOffsets(raw: string): FoldedSource {
  const dropped = new Uint8Array(raw.length);
  for (const match of raw.matchAll(LINE_BREAK_HYPHEN)) {
    const from = match.index + match[1].length;
    const to = match.index + match[0].length - match[2].length;
    dropped.fill(1, from, to);
  }
  let text = '';
  const rawIndex: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    if (dropped[i]) continue;
    if (/\s/u.test(raw[i])) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      rawIndex.push(pendingSpace);
    }
    pendingSpace = -1;
    text += raw[i];
    rawIndex.push(i);
  }
  // The quote check and the engine must read the same text; if folding ever changes there, say so.
  if (text !== foldSourceText(raw)) throw new Error('foldWithOffsets no longer folds as foldSourceText does');
  return { raw, text, rawIndex };
}
