import { fireEvent, render, screen, within } from '@testing-library/preact';
import { Presenter, type PresenterProps } from '../../../src/presenter/presenter';
import { ruleBase } from '../../../src/rules/rule-base';
import { resources, type Language } from '../../../src/i18n/resources';
import type { Environment } from '../../../src/ui/environment';
import type { Answers, FactId } from '../../../src/engine/types';
import { answerLabelFor, factAsked } from '../guide-harness';

/** The texts a presenter reads, by language: tests find elements by them, as a user would. */
export const presenterText = (language: Language) => resources[language].presenter as any;
export const rulesText = (language: Language) => resources[language].rules as any;
export const uiText = (language: Language) => resources[language].ui as any;

/** A training case as the tests read it: the scenario file, expectation included. */
export interface TrainingScenario {
  id: string;
  training?: boolean;
  title: Record<Language, string>;
  narrative: Record<Language, string>;
  perspective?: 'receiving' | 'current';
  answers: Answers;
  expect: {
    class: string;
    matched: string[];
    setAside?: string[];
    notMatched?: string[];
    open?: string[];
    notes?: string[];
    failedConditions?: Record<string, string[]>;
  };
}

const files = import.meta.glob<TrainingScenario>('../../../rules/scenarios/*.json', { eager: true, import: 'default' });
export const trainingScenarios = Object.values(files)
  .filter((s) => s.training === true)
  .sort((a, b) => a.id.localeCompare(b.id));

export function renderPresenter(options: Partial<PresenterProps> & { language?: Language } = {}) {
  const copied: string[] = [];
  const environment: Partial<Environment> = {
    copyText: async (text) => {
      copied.push(text);
    },
    ...options.environment,
  };
  const view = render(<Presenter ruleBase={ruleBase} caseId={null} language="da" {...options} environment={environment} />);
  return { ...view, copied };
}

/** The question on screen, read back to its fact id through the locale (the legend is the question). */
export function factOnScreen(language: Language): FactId | null {
  const fieldsets = screen.queryAllByRole('group').filter((group) => group.tagName === 'FIELDSET');
  if (fieldsets.length === 0) return null;
  return factAsked(language, fieldsets[0]);
}

export { answerLabelFor };

/** The radio chosen in the question on screen, as its option value, or null. */
export function chosenValue(): string | null {
  const checked = screen.queryAllByRole('radio').find((radio) => (radio as HTMLInputElement).checked) as HTMLInputElement | undefined;
  return checked?.value ?? null;
}

export function choose(language: Language, fact: FactId, value: string) {
  const group = screen.getByRole('group', { name: rulesText(language).facts[fact].question });
  fireEvent.click(within(group).getByRole('radio', { name: answerLabelFor(language, fact, value) }));
}

export const nextButton = (language: Language) => screen.queryByRole('button', { name: presenterText(language).questions.next });
export const previousButton = (language: Language) => screen.queryByRole('button', { name: presenterText(language).questions.previous });

export function reveal(language: Language, part: 'assessment' | 'trace') {
  fireEvent.click(screen.getByRole('button', { name: presenterText(language)[part].show }));
}

/** Steps to the question for `fact` with Next, from wherever the presenter is. */
export function stepTo(language: Language, fact: FactId) {
  for (let i = 0; i < 60 && factOnScreen(language) !== fact; i++) {
    const next = nextButton(language);
    if (!next) throw new Error(`never reached ${fact}`);
    fireEvent.click(next);
  }
  if (factOnScreen(language) !== fact) throw new Error(`never reached ${fact}`);
}

/** The trace group (a section) headed by the state's name. */
export function traceGroup(language: Language, state: string): HTMLElement {
  return screen.getByRole('heading', { name: rulesText(language).states[state] }).closest('section')!;
}

/** The titles of the example cards in one trace group. */
export function titlesIn(language: Language, state: string): string[] {
  return within(traceGroup(language, state))
    .queryAllByRole('heading')
    .filter((h) => h.classList.contains('p18-card__title'))
    .map((h) => h.textContent!.trim());
}

/** The card for one example in the trace. */
export function traceCard(language: Language, exampleId: string): HTMLElement {
  return screen.getByRole('heading', { name: rulesText(language).examples[exampleId].title }).closest('li')!;
}
