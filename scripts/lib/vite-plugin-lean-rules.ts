import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { caseIn, textsIn, trainingCaseOf } from '../../src/presenter/training-case-of.ts';

/** Drops what only a reader of a rule file needs (`$comment`, `$why`): those bytes would land on every host page. */
export function withoutEditorNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEditorNotes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, item]) => [key, withoutEditorNotes(item)]),
  );
}

const SCENARIOS = join(import.meta.dirname, '..', '..', 'rules', 'scenarios');

/**
 * The training cases as the case library reads them: `virtual:training-cases` is their list, each
 * case with its Danish (src/presenter/case-library.ts); `virtual:training-cases-en` their English
 * texts by case id (src/presenter/texts-en.ts). Only the training cases and only what their view
 * reads — no expectation, no other scenario, not even a file name.
 */
const TRAINING_MODULES: Record<string, (cases: Record<string, unknown>[]) => unknown> = {
  'virtual:training-cases': (cases) => cases.map((c) => caseIn(c, 'da')),
  'virtual:training-cases-en': (cases) => Object.fromEntries(cases.map((c) => [c.id, textsIn(c, 'en')])),
};

export function leanRules(): Plugin {
  return {
    name: 'paragraf-18-lean-rules',
    enforce: 'pre',
    resolveId(id) {
      return id in TRAINING_MODULES ? `\0${id}` : null;
    },
    load(id) {
      const build = TRAINING_MODULES[id.slice(1)];
      if (!id.startsWith('\0') || !build) return null;
      const files = readdirSync(SCENARIOS).filter((name) => name.endsWith('.json')).sort();
      files.forEach((name) => this.addWatchFile(join(SCENARIOS, name)));
      const cases = files
        .map((name) => trainingCaseOf(JSON.parse(readFileSync(join(SCENARIOS, name), 'utf8'))))
        .filter((c): c is Record<string, unknown> => c !== null);
      return { code: `export default ${JSON.stringify(build(cases))};`, map: null };
    },
    transform(code, id) {
      if (!/[\\/]rules[\\/].*\.json$/.test(id) || /[\\/](schema|scenarios)[\\/]/.test(id)) return null;
      const lean = withoutEditorNotes(JSON.parse(code)) as Record<string, unknown>;
      // The build checks the rule base's content hash; the reader never needs it.
      if (/[\\/]rules[\\/]status\.json$/.test(id)) delete lean.contentHash;
      return { code: JSON.stringify(lean), map: null };
    },
  };
}
