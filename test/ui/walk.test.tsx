import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import {
  answerQuestion,
  askedFact,
  choosePerspective,
  continueButton,
  renderGuide,
  rulesText,
  uiText, walkTo, answerGroup
} from './guide-harness';

afterEach(cleanup);

const da = rulesText('da');
const ui = uiText('da');

describe('the walk', () => {
  it('starts with the choice of perspective and moves no focus on first render', () => {
    renderGuide();
    expect(screen.getByRole('group', { name: ui.perspective.question })).toBeTruthy();
    expect(screen.getByRole('radio', { name: da.perspectives.receiving })).toBeTruthy();
    expect(screen.getByRole('radio', { name: da.perspectives.current })).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });

  it('asks the engine’s first question next and moves focus to its heading', () => {
    renderGuide();
    choosePerspective('da');
    const heading = screen.getByRole('heading', { level: 2, name: da.facts.inProgramme.question });
    expect(document.activeElement).toBe(heading);
    answerQuestion('da', 'inProgramme', 'yes');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: da.facts.movingToOtherMunicipality.question }));
  });

  it('shows the hint, the progress and the verbatim guidance behind each question', () => {
    renderGuide();
    choosePerspective('da');
    const group = screen.getByRole('group', { name: da.facts.inProgramme.question });
    const hint = screen.getByText(da.facts.inProgramme.hint);
    expect(group.getAttribute('aria-describedby')).toContain(hint.id);
    expect(screen.getByText(ui.question.progress.replace('{{number}}', '1').replace('{{total}}', '1'))).toBeTruthy();
    const why = screen.getByText(ui.question.whyWeAsk).closest('details')!;
    expect(within(why).getByText(/^§ 18\. En udlænding kan fortsætte/)).toBeTruthy();
    expect(within(why).getByText(/§ 18, stk\. 1/)).toBeTruthy();
  });

  it('rejects a submit without an answer with an announced error linked to the group', () => {
    renderGuide();
    choosePerspective('da');
    fireEvent.click(continueButton('da'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(ui.error.chooseAnswer);
    const group = screen.getByRole('group', { name: da.facts.inProgramme.question });
    expect(group.getAttribute('aria-describedby')!.split(' ')).toContain(alert.id);
    // Still the same question: nothing was recorded.
    expect(askedFact('da')).toBe('inProgramme');
    fireEvent.click(screen.getByRole('radio', { name: da.answers.yes }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('starts each question afresh: no answer chosen, no error, its sources folded', () => {
    renderGuide();
    choosePerspective('da');
    fireEvent.click(continueButton('da'));
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: da.answers.yes }));
    const why = screen.getByText(ui.question.whyWeAsk).closest('details')!;
    why.open = true;
    fireEvent.click(continueButton('da'));
    expect(askedFact('da')).toBe('movingToOtherMunicipality');
    const next = screen.getByRole('group', { name: da.facts.movingToOtherMunicipality.question });
    expect(within(next).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(ui.question.whyWeAsk).closest('details')!.open).toBe(false);
    // The choice from the last question is not submitted for this one.
    fireEvent.click(continueButton('da'));
    expect(screen.getByRole('alert').textContent).toContain(ui.error.chooseAnswer);
    expect(askedFact('da')).toBe('movingToOtherMunicipality');
  });

  it('says that a judgement question asks for the caseworker’s own assessment', () => {
    renderGuide();
    choosePerspective('da');
    walkTo('da', EMPLOYMENT, [], 'commuteToWorkUnreasonable');
    const group = screen.getByRole('group', { name: da.facts.commuteToWorkUnreasonable.question });
    const note = within(group).getByText(da.judgementFact);
    expect(note.textContent).toContain(ui.question.judgementLabel);
    expect(group.getAttribute('aria-describedby')!.split(' ')).toContain(note.closest('[id]')!.id);
    // A plain fact question carries no such note.
    fireEvent.click(screen.getByRole('button', { name: ui.walk.back }));
    expect(screen.queryByText(da.judgementFact)).toBeNull();
  });

  it('goes back to the previous answer, keeps it selected, and steps forward again', () => {
    renderGuide();
    choosePerspective('da');
    answerQuestion('da', 'inProgramme', 'yes');
    fireEvent.click(screen.getByRole('button', { name: ui.walk.back }));
    const heading = screen.getByRole('heading', { level: 2, name: da.facts.inProgramme.question });
    expect(document.activeElement).toBe(heading);
    expect((screen.getByRole('radio', { name: da.answers.yes }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(continueButton('da'));
    expect(askedFact('da')).toBe('movingToOtherMunicipality');
    fireEvent.click(screen.getByRole('button', { name: ui.walk.back }));
    fireEvent.click(screen.getByRole('button', { name: ui.walk.back }));
    expect(screen.getByRole('group', { name: ui.perspective.question })).toBeTruthy();
  });

  it('starts again from the perspective choice with no answers kept', () => {
    const { store } = renderGuide();
    choosePerspective('da');
    answerQuestion('da', 'inProgramme', 'yes');
    fireEvent.click(screen.getByRole('button', { name: ui.walk.startOver }));
    expect(screen.getByRole('group', { name: ui.perspective.question })).toBeTruthy();
    expect((screen.getByRole('radio', { name: da.perspectives.receiving }) as HTMLInputElement).checked).toBe(false);
    expect(store.current()).not.toContain('inProgramme');
  });

  it('numbers the questions without promising a total, a checkbox page counting once', () => {
    renderGuide();
    choosePerspective('da');
    answerQuestion('da', 'inProgramme', 'yes');
    answerQuestion('da', 'movingToOtherMunicipality', 'yes');
    expect(screen.getByText('Spørgsmål 3')).toBeTruthy();
    answerGroup('da', 'movingReasons', { personOrdinaryEmployment: 'yes' });
    expect(screen.getByText('Spørgsmål 4')).toBeTruthy();
    expect(screen.queryByText(/af foreløbig/)).toBeNull();
  });

  it('asks one checkbox page for the reasons, "Ingen af disse" clearing the other boxes, and an empty page asks for a tick', () => {
    renderGuide();
    choosePerspective('da');
    answerQuestion('da', 'inProgramme', 'yes');
    answerQuestion('da', 'movingToOtherMunicipality', 'yes');
    const group = screen.getByRole('group', { name: ui.reasons.groups.movingReasons.question });
    fireEvent.click(continueButton('da'));
    expect(within(group).getByRole('alert').textContent).toContain(ui.reasons.chooseOne);
    const lonely = within(group).getByRole('checkbox', { name: ui.reasons.options.reasonLonely }) as HTMLInputElement;
    fireEvent.click(lonely);
    fireEvent.click(within(group).getByRole('checkbox', { name: ui.reasons.none }));
    expect(lonely.checked).toBe(false);
    fireEvent.click(lonely);
    expect((within(group).getByRole('checkbox', { name: ui.reasons.none }) as HTMLInputElement).checked).toBe(false);
  });

  it('lets "Start forfra" be undone', () => {
    renderGuide();
    choosePerspective('da');
    answerQuestion('da', 'inProgramme', 'yes');
    fireEvent.click(screen.getByRole('button', { name: ui.walk.startOver }));
    fireEvent.click(screen.getByRole('button', { name: ui.walk.undoStartOver }));
    expect(askedFact('da')).toBe('movingToOtherMunicipality');
  });
});

const EMPLOYMENT = {
  inProgramme: 'yes',
  movingToOtherMunicipality: 'yes',
  alreadyMoved: 'no',
  hasSpouse: 'no',
  personOrdinaryEmployment: 'yes',
};
