import type { NoteSlot } from '../judgement-basis/note-slot';

/**
 * Where the walk's encoded state is mirrored. The standalone app keeps it in the URL fragment;
 * an embed can keep it in sessionStorage or nowhere. The guide itself holds the answers in
 * component state and only writes through this interface.
 */
export interface StateStore {
  /** The encoded state to start from, or null for a fresh walk. Read once, when the guide mounts. */
  read(): string | null;
  write(encoded: string): void;
  /** A link that reopens the walk, for stores that live in the address bar; absent otherwise. */
  shareableLink?(): string;
  /**
   * Browser Back and Forward through the walk, for a store that owns the page's history. Entries
   * carry a step number only; the case stays in the one current entry.
   */
  history?: StepHistory;
  /** Where the caseworker's judgement notes are kept beside the walk; never part of the encoded state or a link. */
  judgementNotes?: NoteSlot;
}

export interface StepHistory {
  /** Writes the state as a new step and returns its number. */
  push(encoded: string): number;
  /** Told the step number when the reader goes back or forward; returns an unsubscribe. */
  listen(onStep: (index: number) => void): () => void;
}

/** Keeps the state in memory only: nothing survives a reload. Tests use it too. */
export function memoryStore(initial: string | null = null): StateStore & { current(): string | null } {
  let value = initial;
  return {
    read: () => value,
    write: (encoded) => {
      value = encoded;
    },
    current: () => value,
  };
}
