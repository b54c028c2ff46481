import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import {
  answerLabelFor,
  choose,
  chosenValue,
  factOnScreen,
  nextButton,
  presenterText,
  renderPresenter,
  reveal,
  rulesText,
  stateShown,
  stepTo,
  titlesIn,
  traceCard,
  traceRow,
  uiText,
} from './presenter-harness';

import { ruleBase } from '../../../src/rules/rule-base';
import { TRAINING_CASES } from '../../../src/presenter/case-library';
import { pageFacts } from '../../../src/presenter/guide-walk';
import { answer, openCase, walkOf } from '../../../src/presenter/presenter-state';

afterEach(cleanup);

const da = presenterText('da');
const rules = rulesText('da');
const FLIP = 'ordinaryEmployment-unmet-commuteToWorkUnreasonable';

describe('the trace and the assessment follow the presenter’s answers', () => {
  it('turns the commute judgement and sees the example move to "matched" and the class change', () => {
    renderPresenter({ caseId: FLIP });
    reveal('da', 'assessment');
    reveal('da', 'trace');
    expect(screen.getByRole('heading', { name: rules.classes.concreteJudgement.title })).toBeTruthy();
    expect(titlesIn('da', 'notMatched')).toContain(rules.examples.ordinaryEmployment.title);
    const before = within(traceCard('da', 'ordinaryEmployment'));
    expect(before.getByText(rules.examples.ordinaryEmployment.conditions.commuteToWorkUnreasonable)).toBeTruthy();
    expect(before.getByText(answerLabelFor('da', 'commuteToWorkUnreasonable', 'no'))).toBeTruthy();

    stepTo('da', 'commuteToWorkUnreasonable');
    choose('da', 'commuteToWorkUnreasonable', 'yes');

    expect(titlesIn('da', 'matched')).toEqual([rules.examples.ordinaryEmployment.title]);
    expect(titlesIn('da', 'notMatched')).not.toContain(rules.examples.ordinaryEmployment.title);
    expect(screen.getByRole('heading', { name: rules.classes.dutyIndicated.title })).toBeTruthy();
    // Said for those who cannot see the panel change.
    expect(screen.getByText(da.assessment.changed.replace('{{title}}', rules.classes.dutyIndicated.title))).toBeTruthy();
    // And the question says the case's own answer was another.
    expect(screen.getByText(da.questions.changed.replace('{{answer}}', answerLabelFor('da', 'commuteToWorkUnreasonable', 'no')))).toBeTruthy();
  });

  it('shows an example waiting on an open "don\'t know" with the answers that would decide it', () => {
    renderPresenter({ caseId: 'open-commuteNotJudgedYet' });
    reveal('da', 'trace');
    expect(titlesIn('da', 'open')).toContain(rules.examples.ordinaryEmployment.title);
    const card = within(traceCard('da', 'ordinaryEmployment'));
    expect(card.getByText(da.trace.decidedBy)).toBeTruthy();
    expect(card.getByText(rules.facts.commuteToWorkUnreasonable.question, { exact: false })).toBeTruthy();
    expect(traceRow('ordinaryEmployment').cells[2].textContent).toContain(rules.examples.ordinaryEmployment.conditions.commuteToWorkUnreasonable);

    stepTo('da', 'commuteToWorkUnreasonable');
    choose('da', 'commuteToWorkUnreasonable', 'yes');
    expect(titlesIn('da', 'open')).not.toContain(rules.examples.ordinaryEmployment.title);
    expect(titlesIn('da', 'matched')).toContain(rules.examples.ordinaryEmployment.title);
  });

  it('shows a set-aside example with the example it gave way to and the reading behind it', () => {
    renderPresenter({ caseId: 'conflict-jobAndPartnerWithoutChildren' });
    reveal('da', 'trace');
    const card = within(traceCard('da', 'partnerWithoutCommonChildren'));
    expect(card.getByText(rules.precedence.mustOverNeedNot, { exact: false })).toBeTruthy();
  });

  it('is one compact table: each row closed until opened, then its guidance text verbatim with the locator', () => {
    const { container } = renderPresenter({ caseId: 'threats' });
    reveal('da', 'trace');
    const rows = [...container.querySelectorAll<HTMLTableRowElement>('tr[data-example]')];
    expect(rows.length).toBeGreaterThan(10);
    // Closed, a row is three cells of text and no quote: the table fits a shared screen.
    expect(container.querySelectorAll('.p18-presenter__trace blockquote')).toHaveLength(0);
    for (const row of rows) {
      const card = traceCard('da', row.dataset.example!);
      expect(within(row).getByRole('button').getAttribute('aria-expanded')).toBe('true');
      expect(card.querySelector('blockquote[lang="da"]'), row.dataset.example).not.toBeNull();
      expect(card.querySelector('figcaption')?.textContent).toMatch(/Ankestyrelsen|integrationslov/i);
    }
    fireEvent.click(within(rows[0]).getByRole('button'));
    expect(within(rows[0]).getByRole('button').getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(within(rows[0]).getByRole('button').getAttribute('aria-controls')!)!.hidden).toBe(true);
  });

  it('names the deciding answer in the row itself, before it is opened', () => {
    renderPresenter({ caseId: FLIP });
    reveal('da', 'trace');
    const deciding = traceRow('ordinaryEmployment').cells[2].textContent!;
    expect(deciding).toContain(rules.examples.ordinaryEmployment.conditions.commuteToWorkUnreasonable);
    expect(deciding).toContain(answerLabelFor('da', 'commuteToWorkUnreasonable', 'no'));
    expect(stateShown('ordinaryEmployment')).toBe(da.trace.states.notMatched);
  });

  it('adds the question a changed answer raises, unanswered, as the guide would ask it next, and restores the case on request', () => {
    // A case and one answer (or tick) on its walk whose change raises a question the case does not answer.
    const candidates = TRAINING_CASES.flatMap((c) => {
      const state = openCase(c.id);
      return walkOf(ruleBase, state).asked.flatMap((page) =>
        pageFacts(ruleBase, page).flatMap((fact) => ruleBase.factById.get(fact)!.answers.map((value) => ({ id: c.id, state, page, fact, value }))),
      );
    });
    let change;
    for (const c of candidates) {
      const walk = walkOf(ruleBase, answer(c.state, c.page, { [c.fact]: c.value }));
      const last = walk.asked.at(-1)!;
      if (walk.answers[last] === undefined && ruleBase.factById.get(last)!.group === undefined) {
        change = { ...c, walk };
        break;
      }
    }
    if (!change) throw new Error('no answer of a case raises a question it does not answer');
    const raised = change.walk.asked.at(-1)!;

    renderPresenter({ caseId: change.id });
    stepTo('da', change.page);
    if (ruleBase.factById.get(change.fact)!.group === undefined) choose('da', change.fact, change.value);
    else fireEvent.click(screen.getByRole('checkbox', { name: uiText('da').reasons.options[change.fact] }));
    stepTo('da', raised);
    expect(chosenValue()).toBeNull();
    expect(screen.getByText(da.questions.notInCase)).toBeTruthy();
    // The guide would wait for that answer: nothing after it is stepped through yet.
    expect(nextButton('da')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: da.questions.restore }));
    expect(screen.queryByRole('button', { name: da.questions.restore })).toBeNull();
    // The raised question no longer applies: the view falls back to the first question.
    const first = walkOf(ruleBase, change.state).asked[0];
    expect(factOnScreen('da')).toBe(first);
    expect(document.activeElement?.textContent).toBe(document.querySelector('legend')?.textContent);
  });
});
