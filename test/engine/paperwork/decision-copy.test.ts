import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/resources';
import { translator } from '../../../src/i18n/translator';
import { decisionHtml, decisionParts, decisionPlainText, sourcesText } from '../../../src/paperwork/decision-text';
import { sentencesOf, type PaperDocument, type Section } from '../../../src/paperwork/document';
import { draftReasons } from '../../../src/paperwork/draft-reasons';
import { cases, LANGUAGES, ruleBase } from './fixtures';
import { templateProblems } from './template-check';

/** "… (3)", "… (3, 4)": the draft's source numbers after a sentence (not "§ 18(1) and (2)"). */
const MARKER = /[.!?»«\]:]\s\(\d{1,2}(, \d{1,2})*\)/;
/** A bracketed sentence is an instruction to the caseworker; a placeholder ("[klagefrist]") is not. */
const BRACKETED_SENTENCE = /\[[^[\]]*[.!?]\]/;
const caseworkerSections = (draft: PaperDocument): Section[] => draft.sections.filter((s) => s.audience === 'caseworker');
const texts = (language: 'da' | 'en') => resources[language].paperwork as any;

describe.each(LANGUAGES)('"Kopiér til afgørelse" in %s, for every scenario file', (language) => {
  it.each(cases.map((c) => [c.scenario.id, c] as const))('%s', (_id, { assessment, draft: build }) => {
    const draft = build(language);
    const text = decisionPlainText(draft);
    const html = decisionHtml(draft);

    // No source numbers, no source list, and no word meant for the caseworker.
    expect(text).not.toMatch(MARKER);
    expect(html).not.toMatch(MARKER);
    if (draft.referencesHeading) expect(text).not.toContain(draft.referencesHeading.text);
    expect(text).not.toMatch(BRACKETED_SENTENCE);
    const forCaseworker = [
      ...sentencesOf(draft).filter((s) => s.role !== 'content'),
      ...sentencesOf({ ...draft, sections: caseworkerSections(draft) }),
    ];
    for (const sentence of forCaseworker) expect(text, sentence.key).not.toContain(sentence.text);
    for (const section of caseworkerSections(draft)) expect(text).not.toContain(section.heading.text);
    expect(text).not.toContain(draft.title.text);

    // The approval / refusal choice follows the class, in the letter itself.
    const headings = decisionParts(draft).map((p) => p.heading);
    const t = texts(language).draft.headings;
    if (assessment.class === 'dutyIndicated' || assessment.class === 'dutyDependsOnCircumstances') {
      expect(headings).toEqual([t.decision]);
      expect(text).not.toContain(t.reasons);
      expect(text).not.toContain(t.appeal);
    } else if (assessment.class !== 'notApplicable') {
      expect(headings[0]).toBe(t.reasons);
      expect(headings.at(-1)).toBe(t.appeal);
      expect(headings).not.toContain(t.decision);
    }

    // The HTML carries the same words, under our own tags only, with headings and lists kept.
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(tags.filter((tag) => ['meta', 'div', 'h2', 'h3', 'p', 'ul', 'li'].includes(tag))));
    expect(tags).toContain('h2');
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const htmlWords = unescape(html.replace(/<li>/g, '\n- ').replace(/<(h\d|p)>/g, '\n').replace(/<[^>]+>/g, ''))
      .split('\n')
      .filter(Boolean);
    expect(htmlWords).toEqual(text.split('\n').filter(Boolean));

    // The sources stay, as a list of their own.
    if (draft.references.length > 0) expect(sourcesText(draft).split('\n').slice(1)).toEqual(draft.references.map((r) => r.text.text));
  });
});

describe('judgement notes in the draft', () => {
  const withJudgement = cases.filter((c) => c.assessment.judgements.some((j) => j.answer !== undefined));
  const note = 'Rejsetid ca. 2 timer hver vej';

  it('has scenarios with a judgement question answered', () => {
    expect(withJudgement.length).toBeGreaterThan(3);
  });

  it.each(LANGUAGES.flatMap((language) => withJudgement.map((c) => [c.scenario.id, language, c] as const)))(
    '%s in %s: under "Bygger på dine vurderinger", and in a refusal\'s reasons, but not in an approval\'s letter',
    (_id, language, { scenario, assessment }) => {
      const answered = assessment.judgements.filter((j) => j.answer !== undefined).map((j) => j.id);
      const notes = Object.fromEntries(answered.map((id) => [id, `${note} (${id})`]));
      const draft = draftReasons(ruleBase, assessment, scenario.answers, scenario.perspective, translator(language), notes);
      expect(templateProblems(draft, language, Object.values(notes).concat(sentencesOf(draft).map((s) => s.text)))).toEqual([]);
      const basis = draft.sections.find((s) => s.id === 'basis')!;
      expect(basis.heading.text).toBe(texts(language).draft.headings.basis);
      const basisText = sentencesOf({ ...draft, sections: [basis] }).map((s) => s.text).join('\n');
      for (const id of answered) expect(basisText).toContain(notes[id]);
      const letter = decisionPlainText(draft);
      for (const id of answered) {
        if (draft.decision === 'refusalSide') expect(letter).toContain(notes[id]);
        else expect(letter).not.toContain(notes[id]);
      }
    },
  );

  it('escapes a note in the HTML, so nothing typed becomes markup', () => {
    const { scenario, assessment } = withJudgement.find((c) => c.assessment.class === 'noDutyStartingPoint' || c.assessment.class === 'concreteJudgement')!;
    const id = assessment.judgements.find((j) => j.answer !== undefined)!.id;
    const draft = draftReasons(ruleBase, assessment, scenario.answers, scenario.perspective, translator('da'), { [id]: '<img src=x onerror=alert(1)> & "mere"' });
    const html = decisionHtml(draft);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;mere&quot;');
  });
});
