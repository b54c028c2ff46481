import { memoryStore, type StateStore } from '../ui/state/state-store';

/**
 * Keeps an embedded walk across a reload, for this tab only: sessionStorage dies with the tab and
 * is never sent anywhere. Where storage is unavailable (disabled, sandboxed, full), the walk
 * still works and is kept in memory only.
 */
export function sessionStore(key: string, storage: () => Storage = () => window.sessionStorage): StateStore {
  const fallback = memoryStore();
  const attempt = <T>(use: (s: Storage) => T, otherwise: () => T): T => {
    try {
      return use(storage());
    } catch {
      return otherwise();
    }
  };
  return {
    read: () => attempt((s) => s.getItem(key), fallback.read),
    write: (encoded) => attempt((s) => s.setItem(key, encoded), () => fallback.write(encoded)),
  };
}
