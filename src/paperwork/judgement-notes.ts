import { cleanNote, MAX_NOTE_LENGTH, type JudgementNotes } from '../ui/judgement-basis/notes';

/**
 * The notes as handed to the embed's paperwork element, which is another bundle: a plain object
 * that anything on the host page could have set. Only short strings are kept.
 */
export function readJudgementNotes(value: unknown): JudgementNotes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const kept: Record<string, string> = {};
  for (const [fact, text] of Object.entries(value)) {
    if (typeof text !== 'string' || text.length > MAX_NOTE_LENGTH) continue;
    const note = cleanNote(text);
    if (note) kept[fact] = note;
  }
  return kept;
}
