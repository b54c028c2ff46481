/** What a training case's view reads of a scenario file; the rest (the expectation above all) stays with the tests. */
const TRAINING_FIELDS = ['id', 'title', 'teaser', 'learningGoal', 'narrative', 'perspective', 'answers'];

/**
 * A scenario file as the case library holds it: a training case keeps only the fields its view
 * reads, any other scenario becomes `null`. The build applies it to `?training` imports
 * (scripts/lib/vite-plugin-lean-rules.ts); the single offline file, which carries every scenario
 * for the review copy anyway, applies it at run time rather than ship the training cases twice.
 */
export function trainingCaseOf(scenario: Record<string, unknown>): Record<string, unknown> | null {
  if (scenario.training !== true) return null;
  return Object.fromEntries(TRAINING_FIELDS.filter((key) => key in scenario).map((key) => [key, scenario[key]]));
}
