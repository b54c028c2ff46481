import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = join(import.meta.dirname, '..', '..', 'src', 'engine');

describe('the engine stays pure', () => {
  const files = readdirSync(ENGINE).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports only the engine and json-logic-js, and touches no DOM', (file) => {
    const source = readFileSync(join(ENGINE, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i.startsWith('./') && i !== 'json-logic-js')).toEqual([]);
    expect(source).not.toMatch(/\b(document|window|localStorage|sessionStorage|innerHTML)\b/);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
  });
});
