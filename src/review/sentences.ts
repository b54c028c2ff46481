/**
 * The sentences of a pinned source text, as a reader of the printed page would count them. The
 * copies are PDF or web extractions: every line is followed by a blank line, words are split
 * across lines with a hyphen, footnote references come out as "grundlag.3F⏎4 Det", and headings
 * and margin notes stand between sentences without a full stop. Each of those is one unit here, so
 * that the coverage list can give every unit exactly one entry. Pure: no DOM, no file system.
 */

/** Words after whose full stop a sentence goes on ("jf. stk. 5", "nr. 1654", "bl.a. ved"). */
const ABBREVIATIONS = new Set(['stk', 'nr', 'jf', 'bl.a', 'f.eks', 'hhv', 'ca', 'mv', 'm.v', 'pkt', 'dvs', 'evt', 'inkl', 'pr', 'kap']);

const hasLower = (line: string) => /\p{Ll}/u.test(line);
/** A heading or margin note set in capitals ("VEJLEDENDE EKSEMPLER", "§ 18 ER EN"). */
const isCapitals = (line: string) => !hasLower(line) && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
const endsSentenceOrClause = (line: string) => /[.!?:;,]$/u.test(line);
const startsUpper = (line: string) => /^\p{Lu}/u.test(line);
/** "4 Kommune Y har …": a footnote's own text, introduced by its number. */
const startsFootnote = (line: string) => /^\d+ \p{Lu}/u.test(line);
/** "1. Flytningen er …": an item of a numbered list is a unit of its own. */
const startsListItem = (line: string) => /^\d+\. \p{Lu}/u.test(line);

/** The sentence in progress is a heading when it is short: a long one runs on over a capital ("i kommune⏎X."). */
function isShortHeading(current: string): boolean {
  const pending = current.slice(current.search(/[^.!?]*$/u));
  return pending.trim().split(' ').length <= 12;
}

/**
 * The lines of the text as units: lines joined where a sentence runs on, and broken where a
 * heading, a margin note or a footnote begins or ends.
 */
function units(text: string): string[] {
  const raw = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const out: string[] = [];
  let current = '';
  let previous = '';
  for (const rawLine of raw) {
    let line = rawLine.replace(/\s+/gu, ' ').trim();
    // The extraction starts each page with one space: two headings in capitals, one at the foot of
    // a page and one at the head of the next, are two units.
    const pageStart = /^ \S/u.test(rawLine);
    if (current === '') {
      current = line;
      previous = line;
      continue;
    }
    // A footnote reference ("grundlag.3F" then "4 Det er …"): the extraction's marker, not text.
    const reference = /(\d+)F$/u.exec(current);
    if (reference && line.startsWith(`${Number(reference[1]) + 1} `)) {
      current = current.slice(0, -reference[0].length);
      line = line.slice(String(Number(reference[1]) + 1).length + 1);
      current = `${current} ${line}`;
      previous = line;
      continue;
    }
    const wordBreak = /\p{L}-$/u.test(current) && (/^\p{Ll}/u.test(line) || (isCapitals(previous) && /^\p{Lu}/u.test(line)));
    if (wordBreak) {
      current = current.slice(0, -1) + line;
    } else if (
      isCapitals(previous) !== isCapitals(line) ||
      (isCapitals(line) && pageStart) ||
      startsListItem(line) ||
      (!isCapitals(line) && !endsSentenceOrClause(previous) && (startsFootnote(line) || (startsUpper(line) && isShortHeading(current))))
    ) {
      out.push(current);
      current = line;
    } else {
      current = `${current} ${line}`;
    }
    previous = line;
  }
  if (current !== '') out.push(current);
  return out;
}

/** "§ 18.", "Stk. 2.", "1." at the head of a unit label it; they end no sentence. */
const LABEL = /^(?:§ \d+(?: [a-z])?|Stk\. \d+|\d+)\.$/u;

function sentencesOfUnit(unit: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?][”»")]?(?= (?:[\p{Lu}§”»"(]|\d))/gu;
  for (let match = boundary.exec(unit); match; match = boundary.exec(unit)) {
    const end = match.index + match[0].length;
    const candidate = unit.slice(start, end).trim();
    const lastWord = /(\S+)\.$/u.exec(candidate)?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(lastWord.replace(/^[(]/u, ''))) continue;
    if (LABEL.test(candidate)) continue;
    out.push(candidate);
    start = end;
  }
  const rest = unit.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

export function splitSentences(text: string): string[] {
  return units(text).flatMap(sentencesOfUnit);
}

/** The part of a source a coverage list accounts for. */
export type SourcePart = { kind: 'chapter'; chapter: string } | { kind: 'lawText' };

/**
 * A chapter of the study summary runs from its "KAPITEL n" line to the next one. A law text starts
 * at its first provision: the lines above it are the copy's own note on where it was read, not law.
 */
export function partOf(text: string, part: SourcePart): string {
  const lines = text.split(/\r?\n/);
  if (part.kind === 'lawText') {
    const first = lines.findIndex((line) => /^\s*§/u.test(line));
    return first < 0 ? '' : lines.slice(first).join('\n');
  }
  const heading = (line: string) => /^\s*KAPITEL \d+\b/u.exec(line);
  const start = lines.findIndex((line) => new RegExp(`^\\s*KAPITEL ${part.chapter}\\b`, 'u').test(line));
  if (start < 0) return '';
  const next = lines.findIndex((line, index) => index > start && heading(line) !== null);
  return lines.slice(start, next < 0 ? undefined : next).join('\n');
}
