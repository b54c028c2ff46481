import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleFiles } from '../src/engine/types';

/** Reads `rules/` from disk for the command line and the tests; the app gets the same files from vite. */
export const RULES_DIR = join(import.meta.dirname, '..', 'rules');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function jsonFilesIn(folder: string): string[] {
  return readdirSync(join(RULES_DIR, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(RULES_DIR, folder, name));
}

export function readRuleFiles(): RuleFiles {
  const read = (name: string) => readJson(join(RULES_DIR, name));
  return {
    facts: read('facts.json'),
    scope: read('scope.json'),
    examples: [...jsonFilesIn('examples'), ...jsonFilesIn('gaps')].map(readJson),
    notes: jsonFilesIn('notes').map(readJson),
    precedence: read('precedence.json'),
    judgements: read('judgements.json'),
    status: read('status.json'),
  } as RuleFiles;
}
