import type { Answers, Perspective } from '../engine/types';
import { resources, type Language } from '../i18n/resources';
import builtTrainingCases from 'virtual:training-cases';
import { trainingCaseOf, type CaseTextField } from './training-case-of';

/**
 * A training case: a scenario file marked `"training": true`. The same file is a test scenario, so
 * a case shown in a webinar is one whose assessment the test suite holds to its `expect`.
 */
/**
 * What a case teaches, in the library's order: from the reasons the examples name, through the
 * examples that meet, to what no example settles. The schema's `learningGoal` lists the same ids.
 */
export const LEARNING_GOALS = ['workAndEducation', 'family', 'illnessAndThreats', 'networkAndWishes', 'twoExamples', 'noExampleSettles'] as const;
export type LearningGoal = (typeof LEARNING_GOALS)[number];

/** Danish always; English in the file itself (the single offline file) or from the English texts. */
type CaseText = Partial<Record<Language, string>> & { da: string };

export interface TrainingCase {
  id: string;
  title: CaseText;
  /** One line for the library: what the case is about, never how it comes out. */
  teaser: CaseText;
  learningGoal: LearningGoal;
  narrative: CaseText;
  perspective?: Perspective;
  answers: Answers;
}

// `virtual:training-cases` (scripts/lib/vite-plugin-lean-rules.ts): the build keeps only the training
// cases, and of each only what the view needs, in Danish — the expectation stays with the tests, so
// nothing in the presenter can read the answer off the file instead of asking the engine, and no
// host page ships it. The single offline file carries every scenario for the review copy already:
// there the library reads those, so no training case travels twice.
export const TRAINING_CASES: readonly TrainingCase[] = __OFFLINE_FILE__
  ? Object.values(import.meta.glob<Record<string, unknown>>('../../rules/scenarios/*.json', { eager: true, import: 'default' }))
      .map(trainingCaseOf)
      .filter((file) => file !== null)
      .map((file) => file as unknown as TrainingCase)
  : (builtTrainingCases as unknown as TrainingCase[]);

export const findCase = (id: string | null): TrainingCase | null => TRAINING_CASES.find((c) => c.id === id) ?? null;

/**
 * A case's title, teaser or story in a language: from the case, else from the English texts
 * (`trainingCases`, added with the presenter's English: src/presenter/texts-en.ts), else Danish.
 */
export function caseText(trainingCase: TrainingCase, field: CaseTextField, language: Language): string {
  const added = resources[language].trainingCases?.[trainingCase.id] as Partial<Record<CaseTextField, string>> | undefined;
  return trainingCase[field][language] ?? added?.[field] ?? trainingCase[field].da;
}

/** Within a learning goal, by title as the audience reads it, which says nothing about the outcome. */
export const casesByTitle = (language: Language): TrainingCase[] =>
  [...TRAINING_CASES].sort((a, b) => caseText(a, 'title', language).localeCompare(caseText(b, 'title', language), language));

export interface CaseGroup {
  goal: LearningGoal;
  cases: TrainingCase[];
}

/** The library: the cases grouped by what each teaches, goals in their order, empty goals left out. */
export const casesByGoal = (language: Language): CaseGroup[] =>
  LEARNING_GOALS.map((goal) => ({ goal, cases: casesByTitle(language).filter((c) => c.learningGoal === goal) })).filter(
    (group) => group.cases.length > 0,
  );
