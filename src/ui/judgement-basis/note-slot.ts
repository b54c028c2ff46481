/** Where the judgement notes are kept: a sessionStorage entry beside the walk, for this tab only. */
export interface NoteSlot {
  read(): unknown;
  write(text: string): void;
}

/**
 * A sessionStorage entry that never throws: storage that is disabled, full or replaced by a host
 * keeps the notes in memory for as long as the page lives.
 */
export function sessionNoteSlot(key: string, storage: () => Storage = () => window.sessionStorage): NoteSlot {
  let latest: string | null = null;
  return {
    read: () => {
      if (latest !== null) return latest;
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    write: (text) => {
      latest = text;
      try {
        storage().setItem(key, text);
      } catch {
        // Kept in memory only; the walk itself says when storage fails.
      }
    },
  };
}
