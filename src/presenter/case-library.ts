import type { Answers, Perspective } from '../engine/types';
import type { Language } from '../i18n/resources';

/**
 * A training case: a scenario file marked `"training": true`. The same file is a test scenario, so
 * a case shown in a webinar is one whose assessment the test suite holds to its `expect`.
 */
export interface TrainingCase {
  id: string;
  title: Record<Language, string>;
  narrative: Record<Language, string>;
  perspective?: Perspective;
  answers: Answers;
}

interface ScenarioFile extends TrainingCase {
  training?: boolean;
}

const files = import.meta.glob<ScenarioFile>('../../rules/scenarios/*.json', { eager: true, import: 'default' });

// Only what the view needs is kept: the expectation stays with the tests, so nothing in the
// presenter can read the answer off the file instead of asking the engine.
export const TRAINING_CASES: readonly TrainingCase[] = Object.values(files)
  .filter((file) => file.training === true)
  .map(({ id, title, narrative, perspective, answers }) => ({ id, title, narrative, perspective, answers }));

export const findCase = (id: string | null): TrainingCase | null => TRAINING_CASES.find((c) => c.id === id) ?? null;

/** The picker's order: by title as the audience reads it, which says nothing about the outcome. */
export const casesByTitle = (language: Language): TrainingCase[] =>
  [...TRAINING_CASES].sort((a, b) => a.title[language].localeCompare(b.title[language], language));
