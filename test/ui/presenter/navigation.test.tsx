import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { ruleBase } from '../../../src/rules/rule-base';
import { openCase, walkOf } from '../../../src/presenter/presenter-state';
import { Presenter } from '../../../src/presenter/presenter';
import {
  factOnScreen,
  nextButton,
  presenterText,
  previousButton,
  renderPresenter,
  rulesText,
  trainingScenarios,
  uiText,
} from './presenter-harness';

afterEach(cleanup);

const da = presenterText('da');
const en = presenterText('en');
const rules = rulesText('da');
const threats = trainingScenarios.find((s) => s.id === 'threats')!;

describe('the case list', () => {
  it('lists every training case under what it teaches, with its teaser and the training label, and moves no focus on first render', () => {
    renderPresenter();
    expect(screen.getByRole('heading', { level: 1, name: da.picker.heading })).toBeTruthy();
    expect(screen.getByText(da.fictitious)).toBeTruthy();
    for (const scenario of trainingScenarios) {
      const button = screen.getByRole('button', { name: scenario.title.da });
      const group = button.closest('section')!;
      expect(within(group).getByRole('heading', { level: 2 }).textContent, scenario.id).toBe(da.learningGoals[scenario.learningGoal]);
      expect(button.closest('li')!.textContent).toContain(scenario.teaser.da);
    }
    expect(document.activeElement).toBe(document.body);
  });

  it('opens a case with focus on its title, and goes back with focus on the list', () => {
    const onCaseChange = vi.fn();
    renderPresenter({ onCaseChange });
    fireEvent.click(screen.getByRole('button', { name: threats.title.da }));
    expect(document.activeElement?.textContent).toBe(threats.title.da);
    expect(onCaseChange).toHaveBeenLastCalledWith('threats');
    fireEvent.click(screen.getByRole('button', { name: da.case.allCases }));
    expect(document.activeElement?.textContent).toBe(da.picker.heading);
    expect(onCaseChange).toHaveBeenLastCalledWith(null);
  });

  it('says when a link names no training case, and shows the list', () => {
    const onCaseChange = vi.fn();
    renderPresenter({ caseId: 'noSuchCase', onCaseChange });
    expect(screen.getByText(da.picker.unknownCase.replace('{{id}}', 'noSuchCase'))).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: da.picker.heading })).toBeTruthy();
    expect(onCaseChange).not.toHaveBeenCalled();
  });
});

describe('stepping through a case', () => {
  it('opens on the first question with no focus moved, then Next and Previous move focus to each new question', () => {
    renderPresenter({ caseId: 'threats' });
    const questions = walkOf(ruleBase, openCase('threats')).asked;
    expect(factOnScreen('da')).toBe(questions[0]);
    expect(document.activeElement).toBe(document.body);
    expect(previousButton('da')).toBeNull();
    expect(screen.getByText(da.questions.progress.replace('{{number}}', '1').replace('{{total}}', String(questions.length)))).toBeTruthy();

    for (const fact of questions.slice(1)) {
      fireEvent.click(nextButton('da')!);
      expect(factOnScreen('da')).toBe(fact);
      expect(document.activeElement?.tagName).toBe('H2');
      expect(document.activeElement?.textContent).toBe(document.querySelector('legend')?.textContent);
    }
    expect(nextButton('da')).toBeNull();

    fireEvent.click(previousButton('da')!);
    expect(factOnScreen('da')).toBe(questions.at(-2));
    expect(document.activeElement?.textContent).toBe(document.querySelector('legend')?.textContent);
  });

  it('switches language without losing the case, the question, the answers or what was revealed', () => {
    const onLanguageChange = vi.fn();
    renderPresenter({ caseId: 'threats', onLanguageChange });
    fireEvent.click(nextButton('da')!);
    const fact = factOnScreen('da')!;
    fireEvent.click(screen.getByRole('button', { name: da.assessment.show }));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(onLanguageChange).toHaveBeenLastCalledWith('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(threats.title.en);
    expect(screen.getByText(en.fictitious)).toBeTruthy();
    expect(factOnScreen('en')).toBe(fact);
    expect(screen.getByRole('heading', { name: rulesText('en').classes.dutyDependsOnCircumstances.title })).toBeTruthy();
    expect(document.querySelector('.p18-presenter')?.getAttribute('lang')).toBe('en');
    // Not announced as a change of assessment: only the words changed.
    expect(screen.queryByText(en.assessment.changed.replace('{{title}}', rulesText('en').classes.dutyDependsOnCircumstances.title))).toBeNull();
  });

  it('follows a new case and language given from outside without moving focus', () => {
    const view = renderPresenter({ caseId: 'threats' });
    fireEvent.click(screen.getByRole('button', { name: da.assessment.show }));
    (document.activeElement as HTMLElement | null)?.blur();
    // Same component type, new props: what an attribute change on the embed does.
    view.rerender(<Presenter ruleBase={ruleBase} caseId="feelsLonely" language="en" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(trainingScenarios.find((s) => s.id === 'feelsLonely')!.title.en);
    expect(screen.getByRole('button', { name: en.assessment.show }).getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(document.body);
  });
});

describe('the deep link', () => {
  it('offers the link for the case and copies it', async () => {
    const { copied } = renderPresenter({ caseId: 'threats', caseLink: (id) => `https://example.test/?mode=presenter&case=${id}` });
    const link = screen.getByRole('link', { name: 'https://example.test/?mode=presenter&case=threats' });
    expect(link.getAttribute('href')).toBe('https://example.test/?mode=presenter&case=threats');
    fireEvent.click(screen.getByRole('button', { name: da.case.copyLink }));
    await waitFor(() => expect(screen.getByText(da.case.copied)).toBeTruthy());
    expect(copied).toEqual(['https://example.test/?mode=presenter&case=threats']);
  });

  it('offers the self-study link beside it, for participants', async () => {
    const { copied } = renderPresenter({ caseId: 'threats', practiceLink: (id) => `https://example.test/?mode=practice&case=${id}` });
    expect(screen.getByRole('link', { name: 'https://example.test/?mode=practice&case=threats' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: da.case.copyPracticeLink }));
    await waitFor(() => expect(copied).toEqual(['https://example.test/?mode=practice&case=threats']));
  });

  it('offers none where the host gives no way to build one', () => {
    renderPresenter({ caseId: 'threats' });
    expect(screen.queryByText(da.case.linkHeading)).toBeNull();
  });
});

it('keeps the questionnaire’s title and status line (what the rule base is, its version) under every view', () => {
  renderPresenter();
  expect(screen.getByText(uiText('da').app.title, { exact: false })).toBeTruthy();
  expect(screen.getByText(rules.status.line)).toBeTruthy();
});
