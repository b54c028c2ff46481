import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '../../../src/engine/assess';
import type { Assessment } from '../../../src/engine/types';
import { caseText, casesByGoal, casesByTitle, findCase, LEARNING_GOALS, TRAINING_CASES } from '../../../src/presenter/case-library';
import { ruleBase } from '../../../src/rules/rule-base';

interface Expectation {
  class: string;
  matched: string[];
  setAside?: string[];
  notMatched?: string[];
  open?: string[];
  failedConditions?: Record<string, string[]>;
}

const DIR = join(import.meta.dirname, '../../../rules/scenarios');
const expectations = new Map<string, Expectation>(
  readdirSync(DIR).map((file) => {
    const scenario = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    return [scenario.id, scenario.expect];
  }),
);

const ids = (assessment: Assessment, state: string) => assessment.examples.filter((e) => e.state === state).map((e) => e.id);

describe('the case library', () => {
  it('holds every scenario marked for training, each once', () => {
    const marked = readdirSync(DIR).filter((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')).training === true);
    expect(TRAINING_CASES.length).toBe(marked.length);
    expect(new Set(TRAINING_CASES.map((c) => c.id)).size).toBe(TRAINING_CASES.length);
  });

  it.each(TRAINING_CASES.map((c) => [c.id, c] as const))('%s evaluates to its expected assessment', (id, trainingCase) => {
    const expected = expectations.get(id)!;
    const assessment = assess(ruleBase, trainingCase.answers);
    expect(assessment.class).toBe(expected.class);
    expect(ids(assessment, 'matched').sort()).toEqual([...expected.matched].sort());
    for (const state of ['setAside', 'notMatched', 'open'] as const) {
      expect(ids(assessment, state)).toEqual(expect.arrayContaining(expected[state] ?? []));
    }
    for (const [example, conditions] of Object.entries(expected.failedConditions ?? {})) {
      expect(assessment.examples.find((e) => e.id === example)!.failedConditions).toEqual(conditions);
    }
    // Stepping stops at the last question, so a case must leave none unanswered.
    expect(assessment.complete).toBe(true);
  });

  it('gives every case a title, a teaser and a story in both languages', () => {
    for (const c of TRAINING_CASES) {
      for (const language of ['da', 'en'] as const) {
        for (const field of ['title', 'teaser', 'narrative'] as const) {
          expect(caseText(c, field, language).trim(), `${c.id} ${field} ${language}`).toBeTruthy();
        }
        // English is its own text, not the Danish standing in.
        if (language === 'en') expect(caseText(c, 'title', 'en')).not.toBe(caseText(c, 'title', 'da'));
      }
    }
  });

  it('keeps the expectation out of the view: nothing in the library says how a case comes out', () => {
    const shown = ['answers', 'id', 'learningGoal', 'narrative', 'perspective', 'teaser', 'title'];
    for (const c of TRAINING_CASES) {
      expect(Object.keys(c).filter((key) => !shown.includes(key)), c.id).toEqual([]);
      expect(Object.keys(c), c.id).toEqual(expect.arrayContaining(['answers', 'id', 'learningGoal', 'narrative', 'teaser', 'title']));
    }
  });

  it('groups every case under the learning goal its file names, goals in the schema’s order', () => {
    const schema = JSON.parse(readFileSync(join(DIR, '../schema/rule-files.schema.json'), 'utf8'));
    expect(schema.definitions.scenario.properties.learningGoal.enum).toEqual([...LEARNING_GOALS]);
    const groups = casesByGoal('da');
    expect(groups.flatMap((g) => g.cases).length).toBe(TRAINING_CASES.length);
    for (const group of groups) for (const c of group.cases) expect(c.learningGoal, c.id).toBe(group.goal);
    expect(groups.map((g) => g.goal)).toEqual(LEARNING_GOALS.filter((goal) => groups.some((g) => g.goal === goal)));
  });

  it('lists cases by title in the reader’s language', () => {
    const titles = casesByTitle('en').map((c) => caseText(c, 'title', 'en'));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    // The English comes with the English texts (the setup file loads them, as the app does).
    for (const c of TRAINING_CASES) {
      const file = JSON.parse(readFileSync(join(DIR, `${c.id}.json`), 'utf8'));
      for (const field of ['title', 'teaser', 'narrative'] as const) {
        expect(caseText(c, field, 'en'), `${c.id} ${field}`).toBe(file[field].en);
        expect(caseText(c, field, 'da'), `${c.id} ${field}`).toBe(file[field].da);
      }
    }
    expect(findCase('threats')?.id).toBe('threats');
    expect(findCase('noSuchCase')).toBeNull();
    expect(findCase(null)).toBeNull();
  });
});

/** What the issue asks the library to show, checked against what the engine makes of each case. */
describe('the library covers what a webinar needs to show', () => {
  const assessed = TRAINING_CASES.map((c) => ({ id: c.id, assessment: assess(ruleBase, c.answers) }));
  const matchedSomewhere = new Set(assessed.flatMap(({ assessment }) => ids(assessment, 'matched')));

  it('one case for every guiding example and every situation without one', () => {
    expect(ruleBase.examples.map((e) => e.id).filter((id) => !matchedSomewhere.has(id))).toEqual([]);
  });

  it("the seed's own case", () => {
    expect(TRAINING_CASES.some((c) => c.id.startsWith('seedCase-'))).toBe(true);
  });

  it('a conflict between examples, one giving way to another', () => {
    expect(assessed.some(({ assessment }) => ids(assessment, 'setAside').length > 0)).toBe(true);
  });

  it('an open "don\'t know" an example waits on', () => {
    expect(assessed.some(({ assessment }) => assessment.examples.some((e) => e.state === 'open' && !e.cannotChangeClass))).toBe(true);
  });

  it('a judgement that flips the result', () => {
    const flips = assessed.filter(({ id, assessment }) =>
      assessment.judgements.some((j) => {
        if (j.answer === undefined) return false;
        const fact = ruleBase.factById.get(j.id)!;
        const answers = findCase(id)!.answers;
        return fact.answers.some((other) => other !== j.answer && assess(ruleBase, { ...answers, [j.id]: other }).class !== assessment.class);
      }),
    );
    expect(flips.map((f) => f.id)).toContain('ordinaryEmployment-unmet-commuteToWorkUnreasonable');
  });

  it('a situation no example covers', () => {
    expect(assessed.some(({ assessment }) => ids(assessment, 'matched').length === 0 && ids(assessment, 'open').length === 0)).toBe(true);
  });
});
