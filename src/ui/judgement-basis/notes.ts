import type { RuleBase } from '../../engine/rule-base';
import type { Answers, FactId } from '../../engine/types';

/**
 * The caseworker's short notes on their own judgements ("Rejsetid ca. 2 timer hver vej"), by
 * judgement question. They are case facts in the caseworker's words, so they are kept only where
 * the walk is kept in this tab, and never in a link.
 */
export type JudgementNotes = Readonly<Record<FactId, string>>;

/** Long enough for a travel time or a line of reasons; a note is not the case file. */
export const MAX_NOTE_LENGTH = 200;

// Line breaks and other control characters would break the case note's and the draft's lines.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** A note as typed: one line, at most MAX_NOTE_LENGTH characters. */
export const typedNote = (text: string): string => text.replace(CONTROL, ' ').slice(0, MAX_NOTE_LENGTH);

/** A note as shown and stored: typed, and trimmed. */
export const cleanNote = (text: string): string => typedNote(text).trim();

export const isJudgementQuestion = (ruleBase: RuleBase, fact: string): boolean => ruleBase.factById.get(fact)?.kind === 'judgement';

/**
 * The notes a stored record holds, for the walk as it stands. Anything this module did not write
 * (not JSON, wrong shape, an unknown or non-judgement question, a note past the cap) is left out;
 * and notes written for another walk (a link pasted into this tab) are not carried into this one.
 */
export function readNotes(ruleBase: RuleBase, stored: unknown, answers: Answers): JudgementNotes {
  if (typeof stored !== 'string' || stored.length > 64 * MAX_NOTE_LENGTH) return {};
  let record: unknown;
  try {
    record = JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof record !== 'object' || record === null) return {};
  const { walk, notes } = record as { walk?: unknown; notes?: unknown };
  if (walk !== walkKey(answers) || typeof notes !== 'object' || notes === null || Array.isArray(notes)) return {};
  const kept: Record<FactId, string> = {};
  for (const [fact, text] of Object.entries(notes)) {
    if (!isJudgementQuestion(ruleBase, fact) || typeof text !== 'string' || text.length > MAX_NOTE_LENGTH) continue;
    const note = cleanNote(text);
    if (note) kept[fact] = note;
  }
  return kept;
}

/** The record to store: the notes on questions the walk still answers, bound to that walk. */
export function storedNotes(notes: JudgementNotes, answers: Answers): string {
  return JSON.stringify({ walk: walkKey(answers), notes: notesFor(notes, answers) });
}

/** The notes whose question the walk answers, trimmed: a dropped answer takes its note with it. */
export function notesFor(notes: JudgementNotes, answers: Answers): JudgementNotes {
  return Object.fromEntries(
    Object.entries(notes)
      .filter(([fact]) => fact in answers)
      .map(([fact, text]) => [fact, cleanNote(text)])
      .filter(([, text]) => text !== ''),
  );
}

/** The notes as typed, without those whose question the walk no longer answers. */
export const typedNotesFor = (notes: JudgementNotes, answers: Answers): JudgementNotes =>
  Object.fromEntries(Object.entries(notes).filter(([fact]) => fact in answers));

/** Which walk the notes belong to: its answers, in a stable order. */
const walkKey = (answers: Answers): string =>
  Object.keys(answers)
    .sort()
    .map((fact) => `${fact}:${answers[fact]}`)
    .join(',');
