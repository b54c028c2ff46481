import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RuleBase } from '../../engine/rule-base';
import type { Answers, FactId } from '../../engine/types';
import type { NoteSlot } from './note-slot';
import { notesFor, readNotes, storedNotes, typedNote, typedNotesFor, type JudgementNotes } from './notes';

export interface JudgementNotesValue {
  /** The notes on the questions the walk answers now. */
  notes: JudgementNotes;
  /** The note on one question, also while it is being written before the question is answered. */
  noteOn(fact: FactId): string;
  setNote(fact: FactId, text: string): void;
}

export const JudgementNotesContext = createContext<JudgementNotesValue | null>(null);

/** The notes for this walk; null where the guide keeps none (presenter, self-study, tests). */
export const useJudgementNotes = (): JudgementNotesValue | null => useContext(JudgementNotesContext);

interface ProviderProps {
  ruleBase: RuleBase;
  /** Absent where the walk is kept nowhere: then notes are kept nowhere either. */
  slot: NoteSlot | undefined;
  answers: Answers;
  children: ComponentChildren;
}

const keptOrSame = (before: JudgementNotes, kept: JudgementNotes): JudgementNotes =>
  Object.keys(kept).length === Object.keys(before).length ? before : kept;

/**
 * Holds the notes beside the walk. They follow the answers: a question the walk no longer answers
 * (changed away, or "Start forfra") loses its note, so a later case never shows an earlier one's;
 * only undoing the fresh start ("Fortryd") brings them back.
 */
export function JudgementNotesProvider({ ruleBase, slot, answers, children }: ProviderProps) {
  const [notes, setNotes] = useState<JudgementNotes>(() => (slot ? readNotes(ruleBase, slot.read(), answers) : {}));
  const current = useMemo(() => notesFor(notes, answers), [notes, answers]);
  // "Start forfra" empties the answers and so the notes; "Fortryd" brings back the very answers it
  // emptied (the same object), and with them the notes set aside here. Any other walk drops them.
  const previousAnswers = useRef(answers);
  const setAside = useRef<{ answers: Answers; notes: JudgementNotes } | null>(null);
  // Pruned when the answers change: a note written on a question page is kept once it is answered.
  // Unchanged notes stay the same object: a new one would render the walk a second time per answer.
  useEffect(() => {
    const left = previousAnswers.current;
    previousAnswers.current = answers;
    const aside = setAside.current;
    const freshStart = Object.keys(answers).length === 0;
    setAside.current = freshStart && Object.keys(notes).length > 0 ? { answers: left, notes } : freshStart ? aside : null;
    if (aside && aside.answers === answers) setNotes(aside.notes);
    else setNotes((before) => keptOrSame(before, typedNotesFor(before, answers)));
  }, [answers]);
  useEffect(() => slot?.write(storedNotes(current, answers)), [current, answers, slot]);
  const value = useMemo<JudgementNotesValue | null>(
    () =>
      slot
        ? {
            notes: current,
            noteOn: (fact) => notes[fact] ?? '',
            setNote: (fact, text) => setNotes((before) => ({ ...before, [fact]: typedNote(text) })),
          }
        : null,
    [current, notes, slot],
  );
  return <JudgementNotesContext.Provider value={value}>{children}</JudgementNotesContext.Provider>;
}
