import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import spouseFreeToMove from '../../rules/scenarios/spouseFreeToMoveLivesThere.json';
import { answerGroup, askedFact, choosePerspective, onCheckPage, renderGuide, rulesText, seeResult, uiText, walkTo } from './guide-harness';

afterEach(cleanup);

const da = rulesText('da');
const ui = uiText('da');

/** Married, spouse free to move and living there: a duty, resting on the spouse questions. */
const MARRIED = spouseFreeToMove.answers;
/** The same case, but the spouse is not given as a reason: the person feels lonely instead. */
const LONELY = { ...MARRIED, spouseLivesInReceiving: 'no', feelsLonely: 'yes' };

const changeButton = (question: string) => screen.getByRole('button', { name: `${ui.check.change} – ${question}` });
const reasonsQuestion = ui.reasons.groups.movingReasons.question;

describe('changing an answer on the check page', () => {
  it('lists every answer that no longer applies and keeps none of them', () => {
    renderGuide();
    choosePerspective('da');
    walkTo('da', MARRIED);
    expect(screen.getByText(da.facts.spouseInProgramme.question)).toBeTruthy();
    fireEvent.click(changeButton(reasonsQuestion));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: reasonsQuestion }));
    answerGroup('da', 'movingReasons', LONELY);
    walkTo('da', LONELY);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain(ui.change.title);
    expect(within(notice).getByText(da.facts.spouseInProgramme.question, { exact: false })).toBeTruthy();
    const list = screen.getByRole('heading', { name: ui.check.heading }).parentElement!.querySelector('dl')!;
    expect(within(list).queryByText(da.facts.spouseInProgramme.question)).toBeNull();
    seeResult('da');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(da.classes.noDutyStartingPoint.title);
  });

  it('asks the questions a change makes relevant before returning to the check page, and says how many', () => {
    renderGuide();
    choosePerspective('da');
    walkTo('da', LONELY);
    fireEvent.click(changeButton(reasonsQuestion));
    answerGroup('da', 'movingReasons', MARRIED);
    expect(askedFact('da')).toBe('spouseInProgramme');
    expect(screen.getByText(ui.change.raised.replace('{{count}}', '1'))).toBeTruthy();
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
    expect(screen.getByText(da.facts.spouseInProgramme.question)).toBeTruthy();
  });
});
