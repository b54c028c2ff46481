import type { Plugin } from 'vite';

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

/** What a training case's view reads of a scenario file; the rest (the expectation above all) stays with the tests. */
const TRAINING_FIELDS = ['id', 'title', 'teaser', 'learningGoal', 'narrative', 'perspective', 'answers'];

/**
 * A scenario file imported with `?training` (the presenter's and self-study's case library): a
 * training case keeps only the fields its view reads, any other scenario becomes `null`. The
 * library then ships the 26 training cases, not all 75 scenario files with their expectations.
 */
export function trainingCaseOf(scenario: Record<string, unknown>): Record<string, unknown> | null {
  if (scenario.training !== true) return null;
  return Object.fromEntries(TRAINING_FIELDS.filter((key) => key in scenario).map((key) => [key, scenario[key]]));
}

export function leanRules(): Plugin {
  return {
    name: 'paragraf-18-lean-rules',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]rules[\\/]scenarios[\\/][^\\/]+\.json\?training$/.test(id)) {
        // With a query the file is no longer read as JSON: hand over a module.
        return { code: `export default ${JSON.stringify(trainingCaseOf(JSON.parse(code)))};`, map: null };
      }
      if (!/[\\/]rules[\\/].*\.json$/.test(id) || /[\\/](schema|scenarios)[\\/]/.test(id)) return null;
      const lean = withoutEditorNotes(JSON.parse(code)) as Record<string, unknown>;
      // The build checks the rule base's content hash; the reader never needs it.
      if (/[\\/]rules[\\/]status\.json$/.test(id)) delete lean.contentHash;
      return { code: JSON.stringify(lean), map: null };
    },
  };
}
