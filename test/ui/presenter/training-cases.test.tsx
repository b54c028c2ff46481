import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { LANGUAGES } from '../../../src/i18n/resources';
import {
  chosenValue,
  factOnScreen,
  nextButton,
  presenterText,
  renderPresenter,
  reveal,
  rulesText,
  titlesIn,
  traceCard,
  trainingScenarios,
} from './presenter-harness';

afterEach(cleanup);

it('has the training cases the issue asks for to present', () => {
  expect(trainingScenarios.length).toBeGreaterThanOrEqual(20);
});

/**
 * Every training case opened in the presenter, stepped through with Next, then revealed: the
 * class and the trace are those the case file expects. Each case is also a scenario, so the
 * questionnaire is held to the same expectation elsewhere.
 */
describe.each(LANGUAGES)('every training case through the presenter in %s', (language) => {
  const rules = rulesText(language);
  const texts = presenterText(language);

  it.each(trainingScenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    const { container } = renderPresenter({ caseId: scenario.id, language });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(scenario.title[language]);
    expect(screen.getByText(scenario.narrative[language])).toBeTruthy();

    // Each question shows the case's own answer, and nothing of the outcome is on the page yet.
    for (let step = 0; step < 60; step++) {
      const fact = factOnScreen(language)!;
      expect(chosenValue(), `answer chosen for ${fact}`).toBe(scenario.answers[fact] ?? null);
      expect(container.textContent).not.toContain(rules.classes[scenario.expect.class].title);
      expect(container.textContent).toContain(texts.fictitious);
      const next = nextButton(language);
      if (!next) break;
      fireEvent.click(next);
    }

    reveal(language, 'assessment');
    expect(screen.getByRole('heading', { name: rules.classes[scenario.expect.class].title })).toBeTruthy();
    // Notes are folded under their titles, as on the guide's result page.
    for (const note of scenario.expect.notes ?? []) {
      expect(screen.getByText(rules.notes[note].title, { selector: 'summary' }), `note ${note}`).toBeTruthy();
    }

    reveal(language, 'trace');
    const title = (id: string) => rules.examples[id].title;
    expect(titlesIn(language, 'matched').sort()).toEqual(scenario.expect.matched.map(title).sort());
    for (const id of scenario.expect.setAside ?? []) expect(titlesIn(language, 'setAside')).toContain(title(id));
    for (const id of scenario.expect.open ?? []) expect(titlesIn(language, 'open')).toContain(title(id));
    for (const id of scenario.expect.notMatched ?? []) expect(titlesIn(language, 'notMatched')).toContain(title(id));
    for (const [id, conditions] of Object.entries(scenario.expect.failedConditions ?? {})) {
      const card = within(traceCard(language, id));
      for (const condition of conditions) expect(card.getByText(rules.examples[id].conditions[condition])).toBeTruthy();
    }
    expect(container.textContent).toContain(texts.fictitious);
  });
});
