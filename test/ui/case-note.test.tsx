import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { ruleBase } from '../../src/rules/rule-base';
import { choosePerspective, renderGuide, rulesText, seeResult, uiText, walkTo } from './guide-harness';
import type { Language } from '../../src/i18n/resources';

afterEach(cleanup);

/** Ordinary employment with an unreasonable commute: a duty resting on the caseworker's judgement. */
const EMPLOYMENT = {
  inProgramme: 'yes',
  movingToOtherMunicipality: 'yes',
  alreadyMoved: 'no',
  hasSpouse: 'no',
  personOrdinaryEmployment: 'yes',
  commuteToWorkUnreasonable: 'yes',
  personAdmittedToEducation: 'no',
  partnerInReceiving: 'no',
  unaccompaniedMinorRefugee: 'no',
  hasHomeInReceiving: 'yes',
  otherCircumstances: 'no',
};

async function copyNote(language: Language, environment = {}) {
  const view = renderGuide({ language, environment });
  choosePerspective(language);
  walkTo(language, EMPLOYMENT);
  seeResult(language);
  const ui = uiText(language);
  const section = screen.getByRole('region', { name: ui.caseNote.heading });
  fireEvent.click(within(section).getByRole('button', { name: ui.caseNote.copy }));
  return { ...view, section };
}

const quoteOf = (id: string) => ruleBase.citations.get(id)!.quote;

describe('the case note', () => {
  it.each(['da', 'en'] as const)('copies the date, answers, assessment, judgements, citations and version (%s)', { timeout: 20_000 }, async (language) => {
    const { copied, section } = await copyNote(language);
    const ui = uiText(language);
    const rules = rulesText(language);
    await waitFor(() => expect(within(section).getByRole('status').textContent).toBe(ui.caseNote.copied));
    const [note] = copied;
    expect(note).toContain(language === 'da' ? '27. november 2026' : '27 November 2026');
    expect(note).toContain(ruleBase.files.status.version);
    expect(note).toContain(`${ui.reasons.groups.movingReasons.question} ${ui.reasons.options.reasonOwnJob}`);
    expect(note).toContain(rules.classes.dutyIndicated.title);
    expect(note).toContain(ui.result.judgementsHeading);
    expect(note).toContain(`${rules.facts.commuteToWorkUnreasonable.question} ${rules.answers.yes}`);
    expect(note).toContain(rules.examples.ordinaryEmployment.title);
    // Outcome first, quotes as references (their place in the source), not in full.
    expect(note.indexOf(rules.classes.dutyIndicated.title)).toBeLessThan(note.indexOf(ui.caseNote.answers));
    expect(note).toContain(ui.caseNote.sources);
    expect(note).not.toContain(quoteOf('seedMustExample1'));
    // Reasons left unticked are on record as not given.
    expect(note).toContain(`${ui.caseNote.notGiven} `);
    expect(note).toContain(ui.reasons.options.reasonLonely);
  });

  // Printed at 10 pt with 1.3 line height on A4 (see the print stylesheet): about 56 lines of 105 characters.
  it('fits one A4 page for a typical case: at most 56 printed lines of 105 characters', async () => {
    const { copied } = await copyNote('da');
    await waitFor(() => expect(copied).toHaveLength(1));
    const printedLines = copied[0].split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 105)), 0);
    expect(printedLines).toBeLessThanOrEqual(56);
  });

  it('is also on the page for print, hidden on screen', async () => {
    const { copied, section } = await copyNote('da');
    const printCopy = section.querySelector('.p18-case-note__print')!;
    expect(printCopy.hasAttribute('hidden')).toBe(true);
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(printCopy.textContent).toBe(copied[0]);
  });

  it('offers the text to copy by hand where the browser refuses the clipboard', async () => {
    const { section } = await copyNote('da', { copyText: () => Promise.reject(new Error('denied')) });
    const field = await within(section).findByRole('textbox', { name: uiText('da').copy.manual });
    expect((field as HTMLTextAreaElement).value).toContain(rulesText('da').examples.ordinaryEmployment.title);
  });

  it('prints through the browser', async () => {
    let printed = 0;
    const { section } = await copyNote('da', { print: () => printed++ });
    fireEvent.click(within(section).getByRole('button', { name: uiText('da').caseNote.print }));
    expect(printed).toBe(1);
  });
});
