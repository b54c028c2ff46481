import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { ruleBase } from '../../../src/rules/rule-base';
import { ASSESSMENT_CLASSES } from '../../../src/engine/types';
import { nextButton, presenterText, renderPresenter, reveal, rulesText, trainingScenarios } from './presenter-harness';

afterEach(cleanup);

const da = presenterText('da');
const rules = rulesText('da');

/**
 * Every text that would give the outcome away: class titles, the trace's state names, example
 * titles. (Quotes are not on the list: a question's "why we ask" cites the passage it rests on,
 * as in the questionnaire, which says what matters but not how this case comes out.)
 */
const giveaways = () => [
  ...ASSESSMENT_CLASSES.map((c) => rules.classes[c].title),
  ...Object.values(rules.states as Record<string, string>),
  ...Object.values(da.trace.states as Record<string, string>),
  ...ruleBase.examples.map((e) => rules.examples[e.id].title),
  rules.status.notAnswerKey,
];

function outcomeShown(container: Element): string[] {
  const text = container.textContent ?? '';
  return giveaways().filter((g) => text.includes(g));
}

describe('nothing of the outcome shows before the presenter reveals it', () => {
  it.each(trainingScenarios.map((s) => [s.id] as const))('%s: at every question, neither the assessment nor the trace', (id) => {
    const { container } = renderPresenter({ caseId: id });
    for (let step = 0; step < 60; step++) {
      expect(outcomeShown(container)).toEqual([]);
      const next = nextButton('da');
      if (!next) break;
      fireEvent.click(next);
    }
    expect(outcomeShown(container)).toEqual([]);
  });

  it('reveals the assessment alone, then the trace alone, and hides each again', () => {
    renderPresenter({ caseId: 'threats' });
    const assessmentButton = screen.getByRole('button', { name: da.assessment.show });
    const traceButton = screen.getByRole('button', { name: da.trace.show });
    expect(assessmentButton.getAttribute('aria-expanded')).toBe('false');
    expect(traceButton.getAttribute('aria-expanded')).toBe('false');

    reveal('da', 'assessment');
    expect(screen.getByRole('heading', { name: rules.classes.dutyDependsOnCircumstances.title })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: da.assessment.hide }).getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: da.assessment.hide }));
    expect(screen.queryByRole('heading', { name: rules.classes.dutyDependsOnCircumstances.title })).toBeNull();

    reveal('da', 'trace');
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: rules.classes.dutyDependsOnCircumstances.title })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: da.trace.hide }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('hides both again when another case is opened', () => {
    renderPresenter({ caseId: 'threats' });
    reveal('da', 'assessment');
    reveal('da', 'trace');
    fireEvent.click(screen.getByRole('button', { name: da.case.allCases }));
    fireEvent.click(screen.getByRole('button', { name: trainingScenarios.find((s) => s.id === 'feelsLonely')!.title.da }));
    expect(screen.getByRole('button', { name: da.assessment.show }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: da.trace.show }).getAttribute('aria-expanded')).toBe('false');
  });
});
