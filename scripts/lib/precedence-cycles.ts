/**
 * Precedence entries are applied in order, and an example that has been set aside sets nothing
 * aside. Two entries that point in opposite ways between the same two examples are therefore
 * settled by their order: the earlier is the exception to the later. An example that sets itself
 * aside, or a ring through three or more examples, is not: the first example round the ring is
 * set aside by the last after it has already set the second aside, so what the reader is shown
 * depends on how the file happens to be sorted. Those are rejected.
 */
export interface PrecedenceEntry {
  id: string;
  prevails: string[];
  setsAside: string[];
}

export interface PrecedenceCycle {
  /** Index of the entry that closes the ring, for the JSON pointer. */
  entryIndex: number;
  entryId: string;
  /** The examples round the ring, first repeated at the end. */
  ring: string[];
}

export function precedenceCycles(entries: PrecedenceEntry[]): PrecedenceCycle[] {
  const edges = new Map<string, { to: string; entry: number }[]>();
  entries.forEach((entry, index) => {
    for (const from of entry.prevails) {
      for (const to of entry.setsAside) edges.set(from, [...(edges.get(from) ?? []), { to, entry: index }]);
    }
  });
  const found: PrecedenceCycle[] = [];
  const seen = new Set<string>();
  const report = (ring: string[], entryIndexes: number[]) => {
    const key = [...ring.slice(0, -1)].sort().join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    const closing = Math.max(...entryIndexes);
    found.push({ entryIndex: closing, entryId: entries[closing].id, ring });
  };
  for (const start of [...edges.keys()].sort()) {
    const walk = (at: string, path: string[], via: number[]): void => {
      for (const { to, entry } of edges.get(at) ?? []) {
        if (to === start) {
          if (path.length !== 2) report([...path, start], [...via, entry]);
        } else if (!path.includes(to) && to > start) {
          walk(to, [...path, to], [...via, entry]);
        }
      }
    };
    walk(start, [start], []);
  }
  return found;
}
