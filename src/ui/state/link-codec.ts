import { assessed as assess } from './assessments';
import type { RuleBase } from '../../engine/rule-base';
import type { Answers, Perspective } from '../../engine/types';
import { isLanguage, type Language } from '../../i18n/resources';
import { checksum } from './checksum';
import { PERSPECTIVES, type DroppedAnswer, type Position, type WalkState } from './walk-state';

/**
 * The walk as a short text for a URL fragment or a storage slot:
 * `v=1&rb=<rule-base version>&l=da&p=receiving&a=inProgramme:yes,…&at=check&c=<checksum>`.
 * `v` is this format's version; `rb` lets a link made under an older rule base be recognised, so
 * its answers can be kept where they still fit and the rest listed, instead of being misread.
 */
export const LINK_FORMAT = '1';

export interface SavedWalk {
  walk: WalkState;
  language: Language;
}

export type LinkReading =
  | { kind: 'empty' }
  | { kind: 'ok'; saved: SavedWalk }
  /** Made under another rule-base version: the answers that still fit are kept. */
  | { kind: 'outdated'; saved: SavedWalk; madeWith: string; dropped: DroppedAnswer[] }
  /** Damaged, truncated or edited: nothing from it is used. */
  | { kind: 'invalid' }
  /** Longer, or with more answers, than any walk can give: not read at all. */
  | { kind: 'tooLong' };

/**
 * A whole walk answers each fact once, in well under 2,000 characters. A link past these caps is
 * not one the guide made; it is refused before any parsing, so a crafted link cannot freeze the tab.
 */
export const MAX_LINK_LENGTH = 4096;

const KEYS = ['v', 'rb', 'l', 'p', 'a', 'at'] as const;
const SAFE_VALUE = /^[A-Za-z0-9._:,-]*$/;
const ID = /^[A-Za-z0-9]+$/;

export function encodeWalk(ruleBase: RuleBase, saved: SavedWalk): string {
  const { walk, language } = saved;
  const parts = [`v=${LINK_FORMAT}`, `rb=${ruleBase.files.status.version}`, `l=${language}`];
  if (walk.perspective) parts.push(`p=${walk.perspective}`);
  const answers = Object.entries(walk.answers);
  if (answers.length > 0) parts.push(`a=${answers.map(([fact, value]) => `${fact}:${value}`).join(',')}`);
  const at = encodePosition(walk.at);
  if (at) parts.push(`at=${at}`);
  const body = parts.join('&');
  return `${body}&c=${checksum(body)}`;
}

function encodePosition(at: Position): string | null {
  switch (at.page) {
    case 'next':
      return null;
    case 'question':
      return `${at.returnToCheck ? 'c' : 'q'}.${at.fact}`;
    default:
      return at.page;
  }
}

export function decodeWalk(ruleBase: RuleBase, text: unknown): LinkReading {
  // Storage a host has replaced can hand back anything: only a string can be a saved walk.
  if (typeof text !== 'string' || !text) return { kind: 'empty' };
  if (text.length > MAX_LINK_LENGTH) return { kind: 'tooLong' };
  const fields = readFields(text);
  if (!fields || fields.v !== LINK_FORMAT || !fields.rb) return { kind: 'invalid' };
  const sameVersion = fields.rb === ruleBase.files.status.version;

  const language = fields.l ?? 'da';
  const perspective = fields.p ?? null;
  if (!isLanguage(language) || (perspective !== null && !PERSPECTIVES.includes(perspective as Perspective))) {
    return { kind: 'invalid' };
  }
  const pairs = readAnswers(fields.a, ruleBase.factById.size);
  if (pairs === 'tooMany') return { kind: 'tooLong' };
  if (!pairs) return { kind: 'invalid' };

  const kept: Record<string, string> = {};
  const dropped: DroppedAnswer[] = [];
  for (const [fact, value] of pairs) {
    if (ruleBase.factById.get(fact)?.answers.includes(value)) kept[fact] = value;
    else dropped.push({ fact, value });
  }
  // The app never writes an answer the engine calls irrelevant, so one in a link of this version is an edit.
  for (const fact of assess(ruleBase, kept).irrelevantAnswers) {
    dropped.push({ fact, value: kept[fact] });
    delete kept[fact];
  }
  const at = readPosition(fields.at, kept);
  if (sameVersion && (dropped.length > 0 || at === undefined)) return { kind: 'invalid' };

  const walk: WalkState = { perspective: perspective as Perspective | null, answers: kept as Answers, at: at ?? { page: 'next' } };
  const saved = { walk, language };
  return sameVersion ? { kind: 'ok', saved } : { kind: 'outdated', saved, madeWith: fields.rb, dropped };
}

/** Splits and checks the fields; null for anything this format does not produce. */
function readFields(text: string): Partial<Record<(typeof KEYS)[number], string>> | null {
  const cut = text.lastIndexOf('&c=');
  if (cut < 0 || checksum(text.slice(0, cut)) !== text.slice(cut + 3)) return null;
  const fields: Partial<Record<string, string>> = {};
  for (const part of text.slice(0, cut).split('&')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (eq < 0 || !(KEYS as readonly string[]).includes(key) || key in fields || !SAFE_VALUE.test(value)) return null;
    fields[key] = value;
  }
  return fields;
}

/** The answers in order; null when malformed or a fact repeats, `tooMany` past one per fact. */
function readAnswers(field: string | undefined, factCount: number): [string, string][] | null | 'tooMany' {
  if (field === undefined) return [];
  const items = field.split(',');
  if (items.length > factCount) return 'tooMany';
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const [fact, value, extra] = item.split(':');
    if (extra !== undefined || !fact || !value || !ID.test(fact) || !ID.test(value) || seen.has(fact)) return null;
    seen.add(fact);
    pairs.push([fact, value]);
  }
  return pairs;
}

/** The saved position, or undefined when it names a question the answers do not reach. */
function readPosition(field: string | undefined, answers: Answers): Position | undefined {
  if (field === undefined) return { page: 'next' };
  if (field === 'perspective' || field === 'check' || field === 'result') return { page: field };
  const match = /^([qc])\.([A-Za-z0-9]+)$/.exec(field);
  if (!match || !Object.hasOwn(answers, match[2])) return undefined;
  return { page: 'question', fact: match[2], returnToCheck: match[1] === 'c' };
}
