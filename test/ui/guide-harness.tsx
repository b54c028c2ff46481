import { fireEvent, render, screen, within } from '@testing-library/preact';
import { Guide } from '../../src/ui/guide';
import { ruleBase } from '../../src/rules/rule-base';
import { memoryStore } from '../../src/ui/state/state-store';
import { resources, type Language } from '../../src/i18n/resources';
import type { Environment } from '../../src/ui/environment';
import type { Answers, FactId } from '../../src/engine/types';
import { ticksFor } from '../../src/engine/reasons';

/** The texts a caseworker reads, by language: tests find elements by them, as a user would. */
export const rulesText = (language: Language) => resources[language].rules as any;
export const uiText = (language: Language) => resources[language].ui as any;

/** The date every rendered case note carries in tests. */
export const FIXED_NOW = new Date('2026-11-27T10:00:00Z');

export function renderGuide(options: { language?: Language; link?: string | null; environment?: Partial<Environment> } = {}) {
  const store = memoryStore(options.link ?? null);
  const copied: string[] = [];
  const environment: Partial<Environment> = {
    copyText: async (text) => {
      copied.push(text);
    },
    now: () => FIXED_NOW,
    print: () => {},
    ...options.environment,
  };
  const view = render(<Guide ruleBase={ruleBase} store={store} language={options.language ?? 'da'} environment={environment} />);
  return { ...view, store, copied };
}

export const continueButton = (language: Language) => screen.getByRole('button', { name: uiText(language).walk.continue });

export function choosePerspective(language: Language, perspective: 'receiving' | 'current' = 'receiving') {
  fireEvent.click(screen.getByRole('radio', { name: rulesText(language).perspectives[perspective] }));
  fireEvent.click(continueButton(language));
}

/** The question on screen, read back to its fact id through the locale (the legend is the question). */
export function askedFact(language: Language): FactId | null {
  // <details> is a group too; the question is the one group that is a fieldset.
  const groups = screen.queryAllByRole('group').filter((group) => group.tagName === 'FIELDSET');
  if (groups.length !== 1) return null;
  return factAsked(language, groups[0]);
}

/** The fact whose question is the fieldset's legend; a legend that is no fact's question fails. */
export function factAsked(language: Language, fieldset: HTMLElement): FactId {
  const legend = fieldset.querySelector('legend')!.textContent!.trim();
  const facts = rulesText(language).facts as Record<string, { question: string }>;
  const fact = Object.keys(facts).find((id) => facts[id].question === legend);
  if (!fact) throw new Error(`question on screen is no fact's question: ${legend}`);
  return fact;
}

export function answerLabelFor(language: Language, fact: FactId, value: string): string {
  const rules = rulesText(language);
  return rules.facts[fact].answers?.[value] ?? rules.answers[value];
}

export function answerQuestion(language: Language, fact: FactId, value: string) {
  const group = screen.getByRole('group', { name: rulesText(language).facts[fact].question });
  fireEvent.click(within(group).getByRole('radio', { name: answerLabelFor(language, fact, value) }));
  fireEvent.click(continueButton(language));
}

/** The checkbox group on screen (rules/reasons.json), or null when the page asks one fact. */
export function groupOnScreen(language: Language) {
  const legends = screen.queryAllByRole('group').filter((g) => g.tagName === 'FIELDSET').map((g) => g.querySelector('legend')!.textContent!.trim());
  return ruleBase.reasons.groups.find((g) => legends.includes(uiText(language).reasons.groups[g.id].question)) ?? null;
}

/** Ticks what the fact-by-fact answers stand for (the scenario's reasons), and continues. */
export function answerGroup(language: Language, groupId: string, answers: Answers) {
  const ui = uiText(language);
  const group = ruleBase.reasons.groups.find((g) => g.id === groupId)!;
  const fieldset = screen.getByRole('group', { name: ui.reasons.groups[groupId].question });
  const ticks = ticksFor(ruleBase.reasons, answers);
  const ticked = group.options.filter((o) => ticks[o.id] === 'yes');
  for (const box of within(fieldset).getAllByRole('checkbox') as HTMLInputElement[]) if (box.checked) fireEvent.click(box);
  if (ticked.length === 0) fireEvent.click(within(fieldset).getByRole('checkbox', { name: ui.reasons.none }));
  for (const option of ticked) fireEvent.click(within(fieldset).getByRole('checkbox', { name: ui.reasons.options[option.id] }));
  fireEvent.click(continueButton(language));
}

export const onCheckPage = (language: Language) =>
  screen.queryByRole('heading', { name: uiText(language).check.heading }) !== null;

/**
 * Answers every question the guide asks from `answers`, until the check page. A question the
 * answers do not cover fails the walk: the scenario and the engine disagree on what matters.
 */
export function walkTo(language: Language, answers: Answers, asked: FactId[] = [], stopAt?: FactId): FactId[] {
  for (let step = 0; step < 100; step++) {
    if (onCheckPage(language)) return asked;
    const group = groupOnScreen(language);
    if (group) {
      asked.push(...group.options.map((o) => o.id));
      answerGroup(language, group.id, answers);
      continue;
    }
    const fact = askedFact(language);
    if (fact === null) throw new Error('neither a question nor the check page is on screen');
    if (fact === stopAt) return asked;
    if (!(fact in answers)) throw new Error(`the guide asked "${fact}", which the answers do not cover (asked so far: ${asked.join(', ')})`);
    asked.push(fact);
    answerQuestion(language, fact, answers[fact]);
  }
  throw new Error('the walk did not end');
}

export function seeResult(language: Language) {
  fireEvent.click(screen.getByRole('button', { name: uiText(language).check.continue }));
}
