import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Guide } from '../../src/ui/guide';
import { ruleBase } from '../../src/rules/rule-base';
import { memoryStore } from '../../src/ui/state/state-store';
import { answerQuestion, askedFact, choosePerspective, renderGuide, rulesText, seeResult, uiText, walkTo } from './guide-harness';

afterEach(cleanup);

const ANSWERS = { inProgramme: 'yes', movingToOtherMunicipality: 'yes', personOrdinaryEmployment: 'yes' };

describe('switching language', () => {
  it('keeps the answers and the question on screen, and marks the switch with its own language', () => {
    const { store } = renderGuide({ language: 'da' });
    choosePerspective('da');
    walkTo('da', ANSWERS, [], 'commuteToWorkUnreasonable');
    expect(askedFact('da')).toBe('commuteToWorkUnreasonable');

    const toEnglish = screen.getByRole('button', { name: uiText('en').language.ownName });
    expect(toEnglish.getAttribute('lang')).toBe('en');
    fireEvent.click(toEnglish);

    expect(askedFact('en')).toBe('commuteToWorkUnreasonable');
    expect(screen.getByRole('heading', { level: 1 }).closest('[lang]')!.getAttribute('lang')).toBe('en');
    expect(store.current()).toContain('l=en');
    fireEvent.click(screen.getByRole('button', { name: uiText('en').walk.back }));
    const reasons = screen.getByRole('group', { name: uiText('en').reasons.groups.movingReasons.question });
    expect((within(reasons).getByRole('checkbox', { name: uiText('en').reasons.options.reasonOwnJob }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: uiText('da').language.ownName }).getAttribute('lang')).toBe('da');
  });

  it('keeps a half-chosen answer and does not move focus', () => {
    renderGuide({ language: 'da' });
    choosePerspective('da');
    fireEvent.click(screen.getByRole('radio', { name: rulesText('da').answers.yes }));
    const toEnglish = screen.getByRole('button', { name: uiText('en').language.ownName });
    toEnglish.focus();
    fireEvent.click(toEnglish);
    expect((screen.getByRole('radio', { name: rulesText('en').answers.yes }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: uiText('da').language.ownName }));
  });

  it('shows citations in the original Danish in English, and says so', () => {
    renderGuide({ language: 'en' });
    choosePerspective('en');
    walkTo('en', { inProgramme: 'yes', movingToOtherMunicipality: 'no' });
    seeResult('en');
    const quote = screen.getByText(/^Vi bemærker, at der med eksemplerne ikke er tale om en facitliste/);
    expect(quote.closest('blockquote')!.getAttribute('lang')).toBe('da');
    expect(quote.closest('figure')!.textContent).toContain(uiText('en').citation.verbatim);
  });

  it('tells the host page the language, so the app can set <html lang>', () => {
    const seen: string[] = [];
    render(<Guide ruleBase={ruleBase} store={memoryStore()} language="en" onLanguageChange={(l) => seen.push(l)} />);
    fireEvent.click(screen.getByRole('button', { name: uiText('da').language.ownName }));
    expect(seen).toEqual(['en', 'da']);
  });

  it('nests its headings under the level the host gives', () => {
    render(<Guide ruleBase={ruleBase} store={memoryStore()} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(uiText('da').app.title);
    expect(screen.getByRole('heading', { level: 4, name: uiText('da').perspective.question })).toBeTruthy();
  });
});
