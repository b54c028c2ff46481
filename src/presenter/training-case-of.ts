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

/** A training case's title, teaser and story in one language (the English module carries these alone). */
export function textsIn(trainingCase: Record<string, unknown>, language: string): Record<string, unknown> {
  return Object.fromEntries(
    CASE_TEXT_FIELDS.filter((field) => field in trainingCase).map((field) => [field, (trainingCase[field] as Record<string, unknown>)[language]]),
  );
}

/** A training case with its texts in one language only, so a Danish page does not carry the English stories. */
export function caseIn(trainingCase: Record<string, unknown>, language: string): Record<string, unknown> {
  const texts = Object.entries(textsIn(trainingCase, language)).map(([field, text]) => [field, { [language]: text }]);
  return { ...trainingCase, ...Object.fromEntries(texts) };
}
