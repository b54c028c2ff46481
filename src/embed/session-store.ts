import { sessionNoteSlot } from '../ui/judgement-basis/note-slot';
import type { StateStore } from '../ui/state/state-store';

/**
 * Keeps an embedded walk across a reload, for this tab only: sessionStorage dies with the tab and
 * is never sent anywhere. The latest state is also held in memory, so the walk (and a host's
 * `start-state`) goes on where storage is unavailable (disabled, sandboxed, full). When a write
 * cannot be kept, the older step is removed rather than left for a reload to bring back, and
 * `write` answers false so the guide can say that a reload would lose the walk.
 */
export function sessionStore(key: string, storage: () => Storage = () => window.sessionStorage): StateStore {
  let latest: string | null = null;
  const attempt = <T>(use: (s: Storage) => T, otherwise: T): T => {
    try {
      return use(storage());
    } catch {
      return otherwise;
    }
  };
  return {
    read: () => {
      if (latest !== null) return latest;
      // A host may replace the storage object: anything but a string is no saved walk.
      const stored: unknown = attempt((s) => s.getItem(key), null);
      return typeof stored === 'string' ? stored : null;
    },
    write: (encoded) => {
      latest = encoded;
      const kept = attempt((s) => {
        try {
          s.setItem(key, encoded);
        } catch {
          // Full: our own older step may be what fills it; free it and try once more.
          s.removeItem(key);
          s.setItem(key, encoded);
        }
        return s.getItem(key) === encoded;
      }, false);
      if (!kept) attempt((s) => s.removeItem(key), undefined);
      return kept;
    },
    judgementNotes: sessionNoteSlot(`${key}:notes`, storage),
  };
}
