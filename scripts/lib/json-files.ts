import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Logic } from '../../src/engine/types.ts';
import { duplicateKeys } from './json-duplicate-keys.ts';
import type { RuleProblem } from './validate-rules.ts';

/** The rule files the checker reads by name; anything else in `rules/` is checked generically. */
const KNOWN_FILES = new Set(['facts.json', 'scope.json', 'precedence.json', 'judgements.json', 'status.json', 'reasons.json']);
const KNOWN_FOLDERS = new Set(['examples', 'gaps', 'notes', 'scenarios', 'schema', 'sources']);

const jsonUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsonUnder(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );

/** Every key an object holds twice, in any JSON file under `rules/` or `locales/`. */
export function duplicateKeyProblems(root: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const path of ['rules', 'locales'].flatMap((dir) => jsonUnder(join(root, dir)))) {
    const text = readFileSync(path, 'utf8');
    try {
      JSON.parse(text);
    } catch {
      continue; // reported as invalid JSON where the file is read
    }
    for (const { pointer, key, line } of duplicateKeys(text)) {
      problems.push({ file: relative(root, path), message: `${pointer} holds the key "${key}" twice (line ${line}): JSON.parse would silently keep only the last` });
    }
  }
  return problems;
}

/** Rule files beside the known ones: a new top-level file, or the files of a new folder. */
export function otherRuleFiles(rulesDir: string): string[] {
  return readdirSync(rulesDir)
    .sort()
    .flatMap((name) => {
      const path = join(rulesDir, name);
      if (statSync(path).isDirectory()) return KNOWN_FOLDERS.has(name) ? [] : jsonUnder(path).sort();
      return name.endsWith('.json') && !KNOWN_FILES.has(name) ? [path] : [];
    });
}

/** Logic held anywhere in a file, under a key `when` or `…When`, with its JSON pointer. */
export function logicIn(data: unknown, pointer = ''): { pointer: string; where: string; logic: Logic }[] {
  if (data === null || typeof data !== 'object') return [];
  const found: { pointer: string; where: string; logic: Logic }[] = [];
  for (const [key, value] of Object.entries(data)) {
    const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (/^when$|When$/.test(key)) {
      const owner = (data as { id?: unknown }).id;
      found.push({ pointer: at, where: typeof owner === 'string' ? `${owner} ${key}` : key, logic: value });
    } else found.push(...logicIn(value, at));
  }
  return found;
}
