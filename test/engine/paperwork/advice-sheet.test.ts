import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/resources';
import { adviceSheet } from '../../../src/paperwork/advice-sheet';
import { sentencesOf } from '../../../src/paperwork/document';
import { documentText } from '../../../src/paperwork/plain-text';
import { CITATIONS } from '../../../src/paperwork/sources';
import { advice, LANGUAGES, ruleBase } from './fixtures';
import { leafTexts, templateProblems } from './template-check';

/** Texts that carry an assessment: class titles and summaries, example titles and conditions, kinds, states. */
function assessmentTexts(language: (typeof LANGUAGES)[number]): string[] {
  const rules = resources[language].rules as any;
  return [
    ...leafTexts(rules.classes),
    ...Object.values(rules.examples).map((e: any) => e.title),
    ...Object.values(rules.examples).flatMap((e: any) => Object.values(e.conditions) as string[]),
    ...leafTexts(rules.kinds),
    ...leafTexts(rules.states),
    ...leafTexts(rules.judgements),
  ];
}

/** Words of legal Latin and abbreviations a person should not have to decode. */
const LEGAL_LATIN = /\b(jf|pkt|stk|nr|ibid|mutatis|mutandis|de facto|ad hoc|i\.e|e\.g|cf|viz)\b\.?/i;

it('takes no assessment and no answers: only a translator', () => {
  expect(adviceSheet.length).toBe(1);
});

describe.each(LANGUAGES)('the advice sheet in %s', (language) => {
  const sheet = advice(language);
  const text = documentText(sheet);

  it('is only template text, filled with nothing', () => {
    expect(templateProblems(sheet, language)).toEqual([]);
    for (const sentence of sentencesOf(sheet)) expect(sentence.values, sentence.key).toEqual({});
  });

  it('shows no assessment: no class, no example, no judgement', () => {
    for (const shown of assessmentTexts(language)) expect(text, shown).not.toContain(shown);
  });

  it('covers what § 18 means, applying before moving, the effect, moving without approval and appeal', () => {
    expect(sheet.sections.map((s) => s.id)).toEqual(['meaning', 'beforeMoving', 'effect', 'withoutApproval', 'refusal']);
    const traced = sentencesOf(sheet).flatMap((s) => s.trace.citations);
    for (const id of [CITATIONS.section18Stk1, CITATIONS.section18Stk2, CITATIONS.noNeedToHaveMoved, CITATIONS.effectFromMoving, CITATIONS.benefitMayBeReduced]) {
      expect(traced, id).toContain(id);
    }
    expect(sentencesOf(sheet).some((s) => s.key === 'paperwork:advice.refusal.appeal')).toBe(true);
  });

  it('flags the wording from before the 2025 benefit reform, first in its section, and marks each sentence resting on it', () => {
    const section = sheet.sections.find((s) => s.id === 'withoutApproval')!;
    const first = section.blocks[0];
    expect(first.kind === 'paragraph' && first.sentences[0].role).toBe('notice');
    const onBenefitLaw = sentencesOf(sheet).filter((s) =>
      s.trace.citations.some((id) => [CITATIONS.benefitMayBeReduced, CITATIONS.fullBenefitOnReturn, CITATIONS.movingCostsOnlyWithApproval].includes(id as never)),
    );
    expect(onBenefitLaw.length).toBe(3);
    for (const sentence of onBenefitLaw) expect(sentence.dated, sentence.key).toBe(true);
    // The rule base flags the same note as dated: the sheet does not drop what the note says.
    expect(ruleBase.notes.find((n) => n.id === 'movingWithoutApproval')!.datedWording).toBe(true);
  });

  it('speaks plainly: short sentences, no legal Latin, every sentence traced', () => {
    for (const sentence of sentencesOf(sheet)) {
      for (const part of sentence.text.split(/(?<=[.?!])\s+/)) expect(part.split(/\s+/).length, part).toBeLessThanOrEqual(22);
      expect(sentence.text, sentence.key).not.toMatch(LEGAL_LATIN);
      if (sentence.role !== 'instruction') expect(sentence.trace.citations.length + sentence.trace.notes.length, sentence.key).toBeGreaterThan(0);
    }
  });

  it('is labelled general advice, and outside Danish a translation', () => {
    expect(sheet.labels[0].key).toBe('paperwork:advice.label');
    expect(sheet.labels.some((l) => l.key === 'paperwork:common.translationNote')).toBe(language !== 'da');
  });
});
