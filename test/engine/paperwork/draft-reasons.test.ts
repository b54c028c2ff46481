import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/resources';
import { sentencesOf, type PaperDocument, type Sentence } from '../../../src/paperwork/document';
import { documentText } from '../../../src/paperwork/plain-text';
import { citationOf, CITATIONS, NOTES, PAPERWORK_CITATIONS } from '../../../src/paperwork/sources';
import { readFileSync } from 'node:fs';
import { cases, LANGUAGES, ruleBase, type Language } from './fixtures';
import { ownWords, templateProblems } from './template-check';

const key = (sentence: Sentence) => sentence.key.replace(/^paperwork:/, '');
const subjects = (draft: PaperDocument, kind: string, keys: RegExp = /./) =>
  sentencesOf(draft)
    .filter((s) => s.subject?.kind === kind && keys.test(key(s)))
    .map((s) => s.subject!.id);
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** Templates that state or announce a duty; none may appear where the class is a concrete judgement. */
const DUTY_KEYS = [
  'draft.examples.matched.must',
  'draft.examples.matched.mustDependingOnCircumstances',
  'draft.assessment.dutyIndicated',
  'draft.assessment.dutyDependsOnCircumstances',
  'draft.approval.takeover',
  'draft.approval.effectOnMoving',
  'draft.approval.alreadyMoved',
  'draft.approval.contract',
];

/** The only templates that speak of housing, each to keep it apart from the takeover. */
const HOUSING_KEYS = ['draft.rules.housingSeparate', 'draft.rules.housingJudgement', 'draft.caseworker.conditionalIsRefusal', 'draft.caseworker.partshoering'];
const HOUSING_WORDS: Record<Language, RegExp> = { da: /bolig|opholdssted/i, en: /housing|accommodation|\ba home\b/i };

/** A duty asserted in the draft's own words (quotes aside). */
const DUTY_ASSERTED: Record<Language, RegExp> = {
  da: /\bskal\b(\s+\S+){0,3}\s+overtage\b|\bhar pligt til\b|\ber forpligtet\b/i,
  en: /\bmust\b(\s+\S+){0,3}\s+take over\b|\bhas a duty to\b|\bis obliged\b/i,
};

/** Words of a binding decision: outside an approval's own decision text, a draft never decides. */
const DECIDES: Record<Language, RegExp> = {
  da: /\bhermed\b|\bhar besluttet\b|\bgiver (hermed )?(afslag|tilladelse)\b|\bkommunen overtager ansvaret\b/i,
  en: /\bhereby\b|\bhas decided\b|\bthe municipality takes over responsibility\b/i,
};

/** Common English words that have no place in the Danish draft. */
const ENGLISH = /\b(the|and|of|is|not|must|case|example|municipality|person|takeover|appeal|draft|assessment)\b/i;

it('has scenario files to draft from', () => {
  expect(cases.length).toBeGreaterThan(0);
});

it('rests on citations and notes the rule base has, or passages of its own quoted verbatim from the pinned source', () => {
  for (const id of Object.values(CITATIONS)) expect(ruleBase.citations.has(id) !== PAPERWORK_CITATIONS.has(id), id).toBe(true);
  // Line-break hyphens and white space aside, as for the rule base's own quotes.
  const flat = (text: string) => text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
  const seed = flat(readFileSync('rules/sources/ankestyrelsen-2019-sammenfatning.txt', 'utf8'));
  for (const citation of PAPERWORK_CITATIONS.values()) {
    expect(citation.doc).toBe('ankestyrelsen2019');
    expect(seed, citation.id).toContain(flat(citation.quote));
  }
  for (const id of Object.values(NOTES)) expect(ruleBase.notes.some((n) => n.id === id), id).toBe(true);
});

describe.each(LANGUAGES)('the draft of the reasons in %s, for every scenario file', (language) => {
  const rules = resources[language].rules as any;

  it.each(cases.map((c) => [c.scenario.id, c] as const))('%s', (_id, { scenario, assessment, draft: build }) => {
    const draft = build(language);
    const sentences = sentencesOf(draft);
    const cls = assessment.class;

    // Only template text, each template filled from the assessment, the answers and the rule texts.
    expect(templateProblems(draft, language)).toEqual([]);

    // Labelled a draft; outside Danish, a translation.
    expect(draft.labels[0].key).toBe('paperwork:draft.label');
    expect(draft.labels.some((l) => l.key === 'paperwork:common.translationNote')).toBe(language !== 'da');

    // Every sentence carries its trace, and the trace names things the rule base has.
    for (const sentence of sentences) {
      if (sentence.role !== 'instruction') expect(sentence.trace.citations.length + sentence.trace.facts.length + sentence.trace.notes.length, key(sentence)).toBeGreaterThan(0);
      for (const id of sentence.trace.citations) expect(citationOf(ruleBase, id), id).toBeDefined();
      for (const id of sentence.trace.facts) expect(ruleBase.factById.has(id), id).toBe(true);
      for (const id of sentence.trace.notes) expect(ruleBase.notes.some((n) => n.id === id), id).toBe(true);
    }

    // The matched examples, exactly, by their titles.
    const matched = assessment.examples.filter((e) => e.state === 'matched').map((e) => e.id);
    expect(sorted(subjects(draft, 'example', /^draft\.examples\.matched\./))).toEqual(sorted(matched));
    for (const id of matched) {
      const sentence = sentences.find((s) => s.subject?.id === id && key(s).startsWith('draft.examples.matched.'))!;
      expect(sentence.text).toContain(`»${rules.examples[id].title}«`);
    }

    // The caseworker's judgements: each named in "Bygger på dine vurderinger", and a refusal's reasons
    // name each once more.
    const judgementIds = sorted(assessment.judgements.map((j) => j.id));
    const basis = draft.sections.find((s) => s.id === 'basis');
    if (cls !== 'notApplicable') {
      expect(basis ? sorted(subjects({ ...draft, sections: [basis] }, 'judgement')) : []).toEqual(judgementIds);
      expect(basis?.audience ?? 'caseworker').toBe('caseworker');
    }
    const outsideBasis = { ...draft, sections: draft.sections.filter((s) => s.id !== 'basis') };
    if (draft.decision === 'refusalSide') expect(sorted(subjects(outsideBasis, 'judgement'))).toEqual(judgementIds);

    // The approval / refusal choice follows the class.
    const dutySide = cls === 'dutyIndicated' || cls === 'dutyDependsOnCircumstances';
    expect(draft.decision).toBe(cls === 'notApplicable' ? 'notApplicable' : dutySide ? 'approval' : 'refusalSide');

    const own = sentencesOf(draft.decision === 'approval' ? { ...draft, sections: draft.sections.filter((s) => s.id !== 'decision') } : draft)
      .map(ownWords)
      .join('\n');
    if (cls === 'concreteJudgement') {
      expect(sentences.filter((s) => DUTY_KEYS.includes(key(s))).map(key)).toEqual([]);
      expect(own).not.toMatch(DUTY_ASSERTED[language]);
    }
    expect(own).not.toMatch(DECIDES[language]);

    // Housing is never a condition: only the templates that keep it apart mention it, and stk. 3
    // is quoted only when housing is raised.
    const housingRaised = assessment.notes.includes(NOTES.housingDuty);
    for (const sentence of sentences) {
      if (HOUSING_WORDS[language].test(ownWords(sentence))) expect(HOUSING_KEYS, key(sentence)).toContain(key(sentence));
    }
    expect(sentences.some((s) => s.trace.citations.includes(CITATIONS.section18Stk3))).toBe(housingRaised);

    if (cls === 'notApplicable') return;

    // § 18, stk. 1 and 2 always quoted verbatim; forvaltningsloven § 22 quoted from the rule base.
    const quoted = sentences.filter((s) => s.quote !== undefined);
    for (const id of [CITATIONS.section18Stk1, CITATIONS.section18Stk2, CITATIONS.reasonsRequired]) {
      expect(quoted.some((s) => s.quote === ruleBase.citations.get(id)!.quote), id).toBe(true);
    }
    const has = (k: string) => sentences.some((s) => key(s) === k);
    const refusalSide = cls === 'noDutyStartingPoint' || cls === 'concreteJudgement';
    // Reasons and appeal notice: required for a refusal, not for a full approval (forvaltningsloven § 22).
    const appealPlaceholders = language === 'da' ? ['[klageinstans]', '[klagefrist]'] : ['[appeal body]', '[appeal deadline]'];
    if (refusalSide) {
      expect(draft.title.key).toBe('paperwork:draft.title');
      expect(sentences.find((s) => key(s) === 'draft.reasons.required')?.trace.citations).toEqual([CITATIONS.reasonsRequired]);
      expect(has('draft.appeal.required')).toBe(true);
      // The appeal body and deadline are left to the caseworker, visibly.
      for (const placeholder of appealPlaceholders) expect(documentText(draft)).toContain(placeholder);
      expect(draft.sections.some((s) => s.id === 'decision')).toBe(false);
    } else {
      expect(draft.title.key).toBe('paperwork:draft.titleApproval');
      expect(sentences.filter((s) => /^draft\.(reasons|appeal)\./.test(key(s))).map(key)).toEqual([]);
      expect(draft.sections.map((s) => s.id)).not.toContain('reasons');
      expect(draft.sections.map((s) => s.id)).not.toContain('appeal');
      for (const placeholder of appealPlaceholders) expect(documentText(draft)).not.toContain(placeholder);
      // The takeover, its effect from the moving date, the new contract; and, for the caseworker, why no reasons.
      const decision = draft.sections.find((s) => s.id === 'decision')!;
      expect(sentencesOf({ ...draft, sections: [decision] }).map(key)).toEqual([
        'draft.approval.takeover',
        scenario.answers.alreadyMoved === 'yes' ? 'draft.approval.alreadyMoved' : 'draft.approval.effectOnMoving',
        'draft.approval.contract',
      ]);
      const why = sentences.find((s) => key(s) === 'draft.caseworker.approvalNoReasons')!;
      expect(why.trace.citations).toEqual([CITATIONS.reasonsRequired]);
      expect(has('draft.caseworker.fvl22')).toBe(true);
      expect(sentences.find((s) => key(s) === 'draft.caseworker.newContract')?.text).toContain('senest en måned efter, at den har overtaget integrationsansvaret, jf. § 19');
    }
    expect(has('draft.judgements.unformalised.concreteAssessment'), 'asks for the concrete assessment').toBe(refusalSide);
    expect(has('draft.assessment.applyAgain'), 'can apply again').toBe(refusalSide);
    expect(has('draft.caseworker.notOnExampleAlone')).toBe(refusalSide);
    if (cls === 'concreteJudgement') {
      expect(has('draft.assessment.factors.forLead') && has('draft.assessment.factors.againstLead')).toBe(true);
    }
  });

  it('has no English in the Danish draft, quotes aside', () => {
    if (language !== 'da') return;
    for (const { scenario, draft } of cases) {
      const own = sentencesOf(draft('da')).map(ownWords).join('\n');
      expect(own.match(ENGLISH), scenario.id).toBeNull();
    }
  });
});

describe('source numbers', () => {
  it.each(cases.map((c) => [c.scenario.id, c] as const))('%s: numbered in order of use, each used, each sentence resting on a listed source marked', (_id, { draft }) => {
    const document = draft('da');
    const numbers = document.references.map((r) => r.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const text = documentText(document);
    for (const n of numbers) expect(text).toMatch(new RegExp(`\\((\\d+, )*${n}(, \\d+)*\\) `));
    // A sentence without its own marker shares the next sentence's, in the same paragraph.
    const paragraphs = document.sections.flatMap(function walk(s): Sentence[][] {
      return [...s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.sentences] : b.items.map((i) => [i]))), ...s.subsections.flatMap(walk)];
    });
    for (const block of paragraphs) {
      block.forEach((sentence, index) => {
        const sourced = sentence.trace.citations.length + sentence.trace.notes.length > 0;
        if (sourced && !sentence.marker) expect(block.slice(index + 1).some((s) => s.marker), sentence.key).toBe(true);
      });
    }
  });
});
