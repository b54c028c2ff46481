import type { Plugin } from 'vite';
import { inLanguage, trainingCaseOf } from '../../src/presenter/training-case-of.ts';

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

export function leanRules(): Plugin {
  return {
    name: 'paragraf-18-lean-rules',
    enforce: 'pre',
    transform(code, id) {
      // `?training`: the case library's import (src/presenter/case-library.ts) gets training cases
      // only, in Danish; `?training-en`: their English texts alone (src/presenter/texts-en.ts).
      const training = /[\\/]rules[\\/]scenarios[\\/][^\\/]+\.json\?training(-en)?$/.exec(id);
      if (training) {
        const trainingCase = trainingCaseOf(JSON.parse(code));
        const lean = trainingCase && (training[1] ? inLanguage(trainingCase, 'en', false) : inLanguage(trainingCase, 'da', true));
        // With a query the file is no longer read as JSON: hand over a module.
        return { code: `export default ${JSON.stringify(lean)};`, map: null };
      }
      if (!/[\\/]rules[\\/].*\.json$/.test(id) || /[\\/](schema|scenarios)[\\/]/.test(id)) return null;
      const lean = withoutEditorNotes(JSON.parse(code)) as Record<string, unknown>;
      // The build checks the rule base's content hash; the reader never needs it.
      if (/[\\/]rules[\\/]status\.json$/.test(id)) delete lean.contentHash;
      return { code: JSON.stringify(lean), map: null };
    },
  };
}
