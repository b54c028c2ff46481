import { fireEvent, render, screen, within } from '@testing-library/preact';
import { Presenter, type PresenterProps } from '../../../src/presenter/presenter';
import { ruleBase } from '../../../src/rules/rule-base';
import { resources, type Language } from '../../../src/i18n/resources';
import type { Environment } from '../../../src/ui/environment';
import type { Answers, FactId } from '../../../src/engine/types';
import { answerLabelFor, factAsked, groupOnScreen } from '../guide-harness';

/** The texts a presenter reads, by language: tests find elements by them, as a user would. */
export const presenterText = (language: Language) => resources[language].presenter as any;
export const rulesText = (language: Language) => resources[language].rules as any;
export const uiText = (language: Language) => resources[language].ui as any;

/** A training case as the tests read it: the scenario file, expectation included. */
export interface TrainingScenario {
  id: string;
  training?: boolean;
  title: Record<Language, string>;
  teaser: Record<Language, string>;
  learningGoal: string;
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

/**
 * The question on screen, read back to its fact id through the locale (the legend is the
 * question); a checkbox page as its first option, the fact the engine asks it by.
 */
export function factOnScreen(language: Language): FactId | null {
  const fieldsets = screen.queryAllByRole('group').filter((group) => group.tagName === 'FIELDSET');
  if (fieldsets.length === 0) return null;
  const group = groupOnScreen(language);
  if (group) return group.options[0].id;
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

/** The trace table's row for one example. */
export function traceRow(exampleId: string): HTMLTableRowElement {
  const row = document.querySelector<HTMLTableRowElement>(`tr[data-example="${exampleId}"]`);
  if (!row) throw new Error(`no trace row for ${exampleId}`);
  return row;
}

/** The state column of an example's row, as the audience reads it. */
export const stateShown = (exampleId: string): string => traceRow(exampleId).cells[1].textContent!.trim();

/** The titles of the examples whose row shows `state`, read off the state column. */
export function titlesIn(language: Language, state: string): string[] {
  const label = presenterText(language).trace.states[state];
  return [...document.querySelectorAll<HTMLTableRowElement>('tr[data-example]')]
    .filter((row) => row.cells[1].textContent!.trim() === label)
    .map((row) => row.cells[0].textContent!.trim());
}

/** Opens an example's row (if closed) and returns what it opens to: its reasons and passage. */
export function traceCard(_language: Language, exampleId: string): HTMLElement {
  const toggle = within(traceRow(exampleId)).getByRole('button');
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return document.getElementById(toggle.getAttribute('aria-controls')!)!;
}
