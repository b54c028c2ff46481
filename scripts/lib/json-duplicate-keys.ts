/**
 * JSON.parse keeps the last of two equal keys without a word, so a rule file with
 * `{"==": …, "==": …}` or a second `"when"` silently loses the first. This scanner reads the raw
 * text and names every key that an object holds twice. It assumes the text parses as JSON (the
 * caller checks that first) and only tracks what it needs: strings, nesting and keys.
 */
export interface DuplicateKey {
  /** JSON pointer of the object holding the key twice. */
  pointer: string;
  key: string;
  /** 1-based line of the second occurrence. */
  line: number;
}

interface Frame {
  kind: 'object' | 'array';
  pointer: string;
  keys: Set<string>;
  /** The key (object) or index (array) whose value comes next. */
  next: string | number;
  expectingKey: boolean;
}

const escapePointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  const childPointer = () => {
    const top = stack.at(-1);
    return top ? `${top.pointer}/${escapePointer(String(top.next))}` : '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    else if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectingKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push({ pointer: top.pointer || '/', key, line });
        top.keys.add(key);
        top.next = key;
        top.expectingKey = false;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      stack.push({ kind: char === '{' ? 'object' : 'array', pointer: childPointer(), keys: new Set(), next: 0, expectingKey: char === '{' });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const top = stack.at(-1)!;
      if (top.kind === 'object') top.expectingKey = true;
      else top.next = (top.next as number) + 1;
    }
  }
  return found;
}
