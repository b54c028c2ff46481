import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Practice } from '../../../src/practice/practice';
import { caseText, findCase } from '../../../src/presenter/case-library';
import { guideWalk } from '../../../src/presenter/guide-walk';
import { resources, type Language } from '../../../src/i18n/resources';
import { ruleBase } from '../../../src/rules/rule-base';
import type { Answers, FactId } from '../../../src/engine/types';
import { answerGroup, groupOnScreen } from '../guide-harness';
import { answerLabelFor, factOnScreen, presenterText, rulesText, trainingScenarios } from '../presenter/presenter-harness';

afterEach(cleanup);

const practiceText = (language: Language) => resources[language].practice as any;
const uiText = (language: Language) => resources[language].ui as any;
const FLIP = 'ordinaryEmployment-unmet-commuteToWorkUnreasonable';
const JUDGEMENT = 'commuteToWorkUnreasonable';

/** The fact asked on screen, or null on the bid (whose legend is no fact's question). */
const questionOnScreen = (language: Language): FactId | null => {
  const legend = document.querySelector('legend')?.textContent;
  return legend === practiceText(language).expectation.question ? null : factOnScreen(language);
};

/** Answers each question the guide puts with `answers` (the first option where they have none), then bids on `expected`. */
function walk(language: Language, answers: Answers, expected: string) {
  for (let step = 0; step < 60; step++) {
    const group = groupOnScreen(language);
    if (group) {
      answerGroup(language, group.id, answers);
      expect(document.activeElement?.textContent, `focus after ${group.id}`).toBe(document.querySelector('legend')?.textContent);
      continue;
    }
    const fact = questionOnScreen(language);
    if (fact === null) break;
    const value = answers[fact] ?? ruleBase.factById.get(fact)!.answers[0];
    fireEvent.click(screen.getByRole('radio', { name: answerLabelFor(language, fact, value) }));
    fireEvent.click(screen.getByRole('button', { name: uiText(language).walk.continue }));
    // Focus on the new page's heading: the next question, or the bid.
    expect(document.activeElement?.textContent, `focus after ${fact}`).toBe(document.querySelector('legend')?.textContent);
  }
  expect(screen.getByRole('group', { name: practiceText(language).expectation.question })).toBeTruthy();
  fireEvent.click(screen.getByRole('radio', { name: rulesText(language).classes[expected].title }));
  fireEvent.click(screen.getByRole('button', { name: uiText(language).walk.continue }));
}

describe.each(['da', 'en'] as const)('self-study in %s', (language) => {
  const texts = practiceText(language);
  const rules = rulesText(language);

  it('lists the cases by learning goal with the training label, and opens one with nothing chosen', () => {
    render(<Practice ruleBase={ruleBase} caseId={null} language={language} />);
    expect(screen.getByRole('heading', { level: 1, name: texts.picker.heading })).toBeTruthy();
    expect(screen.getByText(presenterText(language).fictitious)).toBeTruthy();
    for (const scenario of trainingScenarios) expect(screen.getByRole('button', { name: scenario.title[language] })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: caseText(findCase(FLIP)!, 'title', language) }));
    expect(document.activeElement?.textContent).toBe(caseText(findCase(FLIP)!, 'title', language));
    expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
  });

  it("walks a case with one answer other than the case's and sees that difference explained", () => {
    const trainingCase = findCase(FLIP)!;
    const other = trainingCase.answers[JUDGEMENT] === 'yes' ? 'no' : 'yes';
    const mine = { ...trainingCase.answers, [JUDGEMENT]: other };
    const guide = guideWalk(ruleBase, trainingCase.answers).assessment;
    const changed = guideWalk(ruleBase, mine).assessment;
    expect(changed.class, 'the flipped judgement turns the class').not.toBe(guide.class);

    render(<Practice ruleBase={ruleBase} caseId={FLIP} language={language} />);
    walk(language, mine, changed.class);

    expect(document.activeElement?.textContent).toBe(texts.comparison.heading);
    // Their bid, what the guide makes of their answers, and the guide's assessment of the case.
    const yours = screen.getByRole('heading', { name: texts.comparison.yours }).closest('div')!;
    expect(yours.textContent).toContain(rules.classes[changed.class].title);
    const guides = screen.getByRole('heading', { name: texts.comparison.guides }).closest('div')!;
    expect(guides.textContent).toContain(rules.classes[guide.class].title);
    expect(screen.getByText(texts.comparison.notAsExpected)).toBeTruthy();

    // Exactly the one answer differs, and why it matters is said: the example it moves and the class.
    const differences = within(screen.getByRole('heading', { name: texts.comparison.differencesHeading }).nextElementSibling as HTMLElement);
    const items = differences.getAllByRole('listitem').filter((li) => li.classList.contains('p18-card'));
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([rules.facts[JUDGEMENT].question]);
    const item = within(items[0]);
    expect(item.getByText(answerLabelFor(language, JUDGEMENT, other))).toBeTruthy();
    expect(item.getByText(answerLabelFor(language, JUDGEMENT, trainingCase.answers[JUDGEMENT]))).toBeTruthy();
    const moved = changed.examples.find((e) => e.state === 'matched')!.id;
    expect(items[0].textContent).toContain(rules.examples[moved].title);
    expect(items[0].textContent).toContain(texts.comparison.otherClass.replace('{{title}}', rules.classes[changed.class].title));
  });

  it("says so when every answer is the case's, and starts the case again on request", () => {
    const trainingCase = findCase('threats')!;
    const guide = guideWalk(ruleBase, trainingCase.answers).assessment;
    render(<Practice ruleBase={ruleBase} caseId="threats" language={language} />);
    walk(language, trainingCase.answers, guide.class);
    expect(screen.getByText(texts.comparison.sameAsExpected)).toBeTruthy();
    expect(screen.getByText(texts.comparison.noDifferences)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: texts.comparison.startAgain }));
    const first: FactId = guideWalk(ruleBase, {}).asked[0];
    expect(factOnScreen(language)).toBe(first);
    expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
  });
});

it('goes back to the previous question with its answer kept', () => {
  render(<Practice ruleBase={ruleBase} caseId="threats" language="da" />);
  const [first] = guideWalk(ruleBase, {}).asked;
  const value = findCase('threats')!.answers[first];
  fireEvent.click(screen.getByRole('radio', { name: answerLabelFor('da', first, value) }));
  fireEvent.click(screen.getByRole('button', { name: uiText('da').walk.continue }));
  fireEvent.click(screen.getByRole('button', { name: practiceText('da').questions.back }));
  expect(factOnScreen('da')).toBe(first);
  expect((screen.getByRole('radio', { name: answerLabelFor('da', first, value) }) as HTMLInputElement).checked).toBe(true);
});
