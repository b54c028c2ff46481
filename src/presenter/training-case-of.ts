/** What a training case's view reads of a scenario file; the rest (the expectation above all) stays with the tests. */
const TRAINING_FIELDS = ['id', 'title', 'teaser', 'learningGoal', 'narrative', 'perspective', 'answers'];

/**
 * A scenario file as the case library holds it: a training case keeps only the fields its view
 * reads, any other scenario becomes `null`. The build applies it for `virtual:training-cases`
 * (scripts/lib/vite-plugin-lean-rules.ts); the single offline file, which carries every scenario
 * for the review copy anyway, applies it at run time rather than ship the training cases twice.
 */
export function trainingCaseOf(scenario: Record<string, unknown>): Record<string, unknown> | null {
  if (scenario.training !== true) return null;
  return Object.fromEntries(TRAINING_FIELDS.filter((key) => key in scenario).map((key) => [key, scenario[key]]));
}

/** The fields of a training case written in each language. */
export const CASE_TEXT_FIELDS = ['title', 'teaser', 'narrative'] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

/**
 * One language's share of a training case: its Danish (with the case) or its English (only the
 * texts, for the English module), so an embed's Danish page does not
 * carry the English stories.
 */
export function inLanguage(trainingCase: Record<string, unknown>, language: string, withCase: boolean): Record<string, unknown> {
  const texts = Object.fromEntries(
    CASE_TEXT_FIELDS.filter((field) => field in trainingCase).map((field) => [field, (trainingCase[field] as Record<string, unknown>)[language]]),
  );
  return withCase ? { ...trainingCase, ...Object.fromEntries(Object.entries(texts).map(([field, text]) => [field, { [language]: text }])) } : texts;
}
