import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../src/embed/session-store';

/** A Storage stand-in that accepts `room` writes, then throws as a full browser storage does. */
function storageWithRoom(room: number) {
  const items = new Map<string, string>();
  let writes = 0;
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (writes >= room) throw new DOMException('full', 'QuotaExceededError');
      writes += 1;
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    fill: () => (room = writes),
    items,
  };
  return storage;
}

describe('the embed keeps its walk in sessionStorage, and says when it cannot', () => {
  it('honours the start state when storage is full before the page loads', () => {
    const storage = storageWithRoom(0);
    const store = sessionStore('k', () => storage as unknown as Storage);
    expect(store.write('v=1&start')).toBe(false);
    expect(store.read()).toBe('v=1&start');
  });

  it('when storage fills mid-walk: leaves no older step for a reload to bring back, and answers false', () => {
    const storage = storageWithRoom(2);
    const store = sessionStore('k', () => storage as unknown as Storage);
    expect(store.write('step1')).toBe(true);
    expect(store.write('step2')).toBe(true);
    // Another script fills the storage; our own older step is freed and the new one still fits.
    expect(store.write('step3')).toBe(false);
    expect(storage.items.get('k')).toBeUndefined();
    expect(store.read()).toBe('step3');
    // A reload (a new store on the same storage) starts afresh rather than at step 2.
    expect(sessionStore('k', () => storage as unknown as Storage).read()).toBeNull();
  });

  it('frees its own older step to make room, and keeps writing', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (items.size > 0 && !items.has('gap')) throw new DOMException('full', 'QuotaExceededError');
        items.set(key, value);
      },
      removeItem: (key: string) => void items.delete(key),
    };
    const store = sessionStore('k', () => storage as unknown as Storage);
    expect(store.write('a')).toBe(true);
    expect(store.write('b')).toBe(true);
    expect(items.get('k')).toBe('b');
  });

  it('reads a host storage that returns something other than text as no saved walk', () => {
    for (const value of [42, { lastIndexOf: 1 }, ['x']]) {
      const storage = { getItem: () => value, setItem: () => {}, removeItem: () => {} };
      expect(sessionStore('k', () => storage as unknown as Storage).read()).toBeNull();
    }
  });

  it('goes on in memory where storage throws on every use (blocked, sandboxed)', () => {
    const store = sessionStore('k', () => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.read()).toBeNull();
    expect(store.write('x')).toBe(false);
    expect(store.read()).toBe('x');
  });
});
