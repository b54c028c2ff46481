import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { assess } from '../../src/engine/assess';
import { translator } from '../../src/i18n/translator';
import { TranslatorContext } from '../../src/i18n/use-t';
import { LANGUAGES } from '../../src/i18n/resources';
import { ruleBase } from '../../src/rules/rule-base';
import { RuleBaseContext } from '../../src/ui/rule-base-context';
import { UnsettledCircumstances } from '../../src/ui/result/unsettled-circumstances';
import { readScenario } from '../../scripts/lib/scenarios';
import { rulesText } from './guide-harness';

afterEach(cleanup);

const scenario = (id: string) => readScenario(`rules/scenarios/${id}.json`, ruleBase);

function show(id: string, language: (typeof LANGUAGES)[number]) {
  const { answers } = scenario(id);
  const assessment = assess(ruleBase, answers);
  render(
    <RuleBaseContext.Provider value={ruleBase}>
      <TranslatorContext.Provider value={translator(language)}>
        <UnsettledCircumstances assessment={assessment} answers={answers} />
      </TranslatorContext.Provider>
    </RuleBaseContext.Provider>,
  );
  return assessment;
}

describe.each(LANGUAGES)('a circumstance no example settles, on the result (%s)', (language) => {
  const rules = rulesText(language);

  it("names the child in the issue's case, the failed condition and the answer that failed it", () => {
    expect(show('unsettled-childNotLivingTogetherButLonely', language).class).toBe('concreteJudgement');
    const section = screen.getByRole('heading', { name: rules.unsettled.heading }).closest('section')!;
    const card = within(section).getByRole('heading', { name: rules.examples.commonChildWithPartner.circumstance }).closest('li')!;
    expect(card.textContent).toContain(rules.examples.commonChildWithPartner.conditions.wishesToLiveWithPartner);
    expect(card.textContent).toContain(rules.facts.wishesToLiveWithPartner.question);
    expect(card.textContent).toContain(rules.answers.no);
  });

  it('names the threats when they are against the person alone', () => {
    show('unsettled-threatsAgainstPersonOnlyAndLonely', language);
    const card = screen.getByRole('heading', { name: rules.examples.threats.circumstance }).closest('li')!;
    expect(card.textContent).toContain(rules.facts.threatsAgainstFamily.answers.personOnly);
  });

  it('shows nothing when the caseworker has weighed the circumstance (commute judged reasonable)', () => {
    show('weighed-commuteReasonableAndLonely', language);
    expect(screen.queryByRole('heading', { name: rules.unsettled.heading })).toBeNull();
  });
});
