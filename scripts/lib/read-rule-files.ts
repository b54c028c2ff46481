import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleFiles } from '../../src/engine/types.ts';

/** Reads `rules/` from disk for the command line and the tests; the app gets the same files from vite. */
export const RULES_DIR = join(import.meta.dirname, '..', '..', 'rules');

export function readJson(path: string): unknown {
  // Some Windows editors save a byte-order mark; it is not part of the JSON, so it is dropped.
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

export function jsonFilesIn(folder: string, rulesDir = RULES_DIR): string[] {
  return readdirSync(join(rulesDir, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(rulesDir, folder, name));
}

export function readRuleFiles(rulesDir = RULES_DIR): RuleFiles {
  const read = (name: string) => readJson(join(rulesDir, name));
  return {
    facts: read('facts.json'),
    scope: read('scope.json'),
    examples: [...jsonFilesIn('examples', rulesDir), ...jsonFilesIn('gaps', rulesDir)].map(readJson),
    notes: jsonFilesIn('notes', rulesDir).map(readJson),
    precedence: read('precedence.json'),
    judgements: read('judgements.json'),
    status: read('status.json'),
    reasons: read('reasons.json'),
  } as RuleFiles;
}
