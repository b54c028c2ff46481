import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import spouseFreeToMove from '../../rules/scenarios/spouseFreeToMoveLivesThere.json';
import { answerQuestion, askedFact, choosePerspective, onCheckPage, renderGuide, rulesText, seeResult, uiText, walkTo } from './guide-harness';

afterEach(cleanup);

const da = rulesText('da');
const ui = uiText('da');

/** Married, spouse free to move and living there: a duty, resting on the spouse questions. */
const MARRIED = spouseFreeToMove.answers;

const changeButton = (question: string) => screen.getByRole('button', { name: `${ui.check.change} – ${question}` });

describe('changing an answer on the check page', () => {
  it('lists every answer that no longer applies and keeps none of them', () => {
    renderGuide();
    choosePerspective('da');
    walkTo('da', MARRIED);
    expect(screen.getByText(da.facts.spouseLivesInReceiving.question)).toBeTruthy();

    fireEvent.click(changeButton(da.facts.hasSpouse.question));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: da.facts.hasSpouse.question }));
    answerQuestion('da', 'hasSpouse', 'no');

    // Without the spouse example the questions it made moot are asked now; the notice shows at once
    // and stays until the check page.
    expect(askedFact('da')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toContain(ui.change.title);
    walkTo('da', { ...MARRIED, hasSpouse: 'no' });
    expect(onCheckPage('da')).toBe(true);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain(ui.change.title);
    for (const fact of ['spouseOrdinaryEmployment', 'spouseAdmittedToEducation', 'spouseInProgramme', 'spouseLivesInReceiving']) {
      expect(within(notice).getByText(da.facts[fact].question, { exact: false })).toBeTruthy();
    }
    // The check list itself no longer shows them …
    const list = screen.getByRole('heading', { name: ui.check.heading }).parentElement!.querySelector('dl')!;
    expect(within(list).queryByText(da.facts.spouseLivesInReceiving.question)).toBeNull();
    // … and the result does not rest on them.
    seeResult('da');
    expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe(da.classes.dutyIndicated.title);
    const whyNot = screen.getByRole('heading', { name: ui.result.whyNotHeading }).closest('section')!;
    const card = within(whyNot).getByRole('heading', { name: da.examples.spouseFreeToMoveLivesThere.title }).closest('li')!;
    expect(within(card).getByText(da.facts.hasSpouse.question, { exact: false }).textContent).toContain(da.answers.no);
  });

  it('asks the questions a change makes relevant before returning to the check page', () => {
    renderGuide();
    choosePerspective('da');
    walkTo('da', { ...MARRIED, hasSpouse: 'no' });
    fireEvent.click(changeButton(da.facts.hasSpouse.question));
    answerQuestion('da', 'hasSpouse', 'yes');
    expect(askedFact('da')).toBe('spouseOrdinaryEmployment');
    walkTo('da', MARRIED);
    seeResult('da');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(da.classes.dutyIndicated.title);
  });

  it('changes the perspective without touching the answers', () => {
    renderGuide();
    choosePerspective('da', 'current');
    walkTo('da', MARRIED);
    fireEvent.click(changeButton(ui.perspective.question));
    choosePerspective('da', 'receiving');
    expect(onCheckPage('da')).toBe(true);
    expect(screen.getByText(da.perspectives.receiving)).toBeTruthy();
    expect(screen.getByText(da.facts.spouseLivesInReceiving.question)).toBeTruthy();
  });
});
