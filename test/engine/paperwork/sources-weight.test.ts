import { describe, expect, it } from 'vitest';
import { sentencesOf, type PaperDocument, type Section } from '../../../src/paperwork/document';
import { CITATIONS } from '../../../src/paperwork/sources';
import { advice, cases, LANGUAGES, type Language } from './fixtures';

/** Every sentence says only what its source says, with its weight (issue 10, section 2). */
const key = (s: { key: string }) => s.key.replace(/^paperwork:/, '');
const sectionSentences = (draft: PaperDocument, id: string) => {
  const walk = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...walk(s.subsections)]);
  const section = walk(draft.sections).find((s) => s.id === id);
  return section ? sentencesOf({ ...draft, sections: [section] }) : [];
};
const letterSentences = (draft: PaperDocument) => draft.sections.filter((s) => s.id !== 'caseworker').flatMap((s) => sentencesOf({ ...draft, sections: [s] }));
const find = (id: string) => cases.find((c) => c.scenario.id === id)!;
const PROJECT_READING: Record<Language, RegExp> = { da: /projektets læsning/i, en: /project's reading/i };

describe.each(LANGUAGES)('drafts in %s', (language) => {
  it.each(cases.map((c) => [c.scenario.id, c] as const))('%s: the letter never gives the project\'s reading; § 18 is quoted as the 2019 wording', (_id, c) => {
    if (c.assessment.class === 'notApplicable') return;
    const draft = c.draft(language);
    for (const sentence of letterSentences(draft)) expect(sentence.text).not.toMatch(PROJECT_READING[language]);
    const rules = sectionSentences(draft, 'rules');
    expect(rules.filter((s) => key(s) === 'draft.rules.quote').every((s) => s.text.includes(language === 'da' ? '1. juli 2019' : '1 July 2019'))).toBe(true);
    expect(rules.find((s) => key(s) === 'draft.rules.renamed')?.trace.citations).toEqual([CITATIONS.programmeRenamed]);
    expect(rules.some((s) => s.text.includes('[gældende lovbekendtgørelse]'))).toBe(true);
  });

  it('puts the precedence reading in the caseworker\'s section, and says the set-aside example\'s conditions hold', () => {
    const draft = find('conflict-longHigherEducationSetsAsideAdmission').draft(language);
    const caseworker = sectionSentences(draft, 'caseworker');
    expect(caseworker.find((s) => key(s) === 'draft.caseworker.precedence')?.text).toMatch(PROJECT_READING[language]);
    expect(letterSentences(draft).some((s) => key(s) === 'draft.examples.setAside')).toBe(true);
  });

  it('labels the common child as one case\'s assessment, with "kan medføre"', () => {
    const draft = find('commonChildWithPartner').draft(language);
    const matched = sentencesOf(draft).find((s) => key(s) === 'draft.examples.matched.practiceInCase');
    expect(matched).toBeDefined();
    expect(sentencesOf(draft).some((s) => key(s) === 'draft.examples.weight' && s.text.includes('kan medføre'))).toBe(true);
  });

  it('reminds of partshøring (as a paraphrase) before a refusal-side draft, and of the new contract after a takeover', () => {
    const refusal = sectionSentences(find('feelsLonely').draft(language), 'caseworker');
    expect(refusal.some((s) => key(s) === 'draft.caseworker.partshoering')).toBe(true);
    expect(refusal.find((s) => key(s) === 'draft.caseworker.partshoering')!.text).toMatch(language === 'da' ? /gengivet med egne ord/ : /in our own words/);
    const duty = sectionSentences(find('ordinaryEmployment').draft(language), 'caseworker');
    expect(duty.some((s) => key(s) === 'draft.caseworker.partshoering')).toBe(false);
    expect(duty.find((s) => key(s) === 'draft.caseworker.newContract')?.text).toContain('senest en måned efter, at den har overtaget integrationsansvaret, jf. § 19');
  });

  it('names the circumstance no example settles among what must be weighed (the issue\'s case)', () => {
    const draft = find('unsettled-childNotLivingTogetherButLonely').draft(language);
    const weigh = sentencesOf(draft).filter((s) => key(s) === 'draft.assessment.factors.weighUnsettled');
    expect(weigh.map((s) => s.subject?.id)).toEqual(['commonChildWithPartner']);
  });
});

describe.each(LANGUAGES)('the advice sheet in %s', (language) => {
  const sentences = sentencesOf(advice(language));
  it('limits the moving-help rule to § 39, stk. 1, and says nothing without a source about the move being allowed', () => {
    const costs = sentences.find((s) => key(s) === 'advice.withoutApproval.movingCosts')!;
    expect(costs.trace.citations).toContain(CITATIONS.movingHelpStk1);
    expect(costs.dated).toBe(true);
    expect(sentences.some((s) => key(s) === 'advice.withoutApproval.notForbidden')).toBe(false);
  });

  it('tells the person about housing (§ 18, stk. 3) in plain words, and keeps "ordinært"', () => {
    expect(sentences.find((s) => key(s) === 'advice.effect.housing')?.trace.citations).toEqual([CITATIONS.section18Stk3]);
    expect(sentences.find((s) => key(s) === 'advice.meaning.must')!.text).toMatch(/ordinært/);
  });
});
