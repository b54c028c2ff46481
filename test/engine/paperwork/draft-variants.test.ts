import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import type { Answers } from '../../../src/engine/types';
import { translator } from '../../../src/i18n/translator';
import { sentencesOf, type PaperDocument } from '../../../src/paperwork/document';
import { draftReasons } from '../../../src/paperwork/draft-reasons';
import { ruleBase, scenarios } from './fixtures';

const answersOf = (id: string): Answers => scenarios.find((s) => s.id === id)!.answers;
const keys = (draft: PaperDocument) => sentencesOf(draft).map((s) => s.key.replace(/^paperwork:/, ''));
const draftFor = (answers: Answers, perspective?: 'receiving' | 'current') =>
  draftReasons(ruleBase, assess(ruleBase, answers), answers, perspective, translator('da'));

describe('the draft of the reasons', () => {
  it('is pure: the same input gives the same draft, and the input is left as it was', () => {
    const answers = Object.freeze({ ...answersOf('seedCase-commonChildWaitsForHousing') });
    const assessment = assess(ruleBase, answers);
    const frozen = JSON.stringify(assessment);
    const first = draftReasons(ruleBase, assessment, answers, 'receiving', translator('da'));
    expect(draftReasons(ruleBase, assessment, answers, 'receiving', translator('da'))).toEqual(first);
    expect(JSON.stringify(assessment)).toBe(frozen);
  });

  it('tells the current municipality that the receiving one decides, and only it', () => {
    const answers = answersOf('ordinaryEmployment');
    expect(keys(draftFor(answers, 'current'))).toContain('draft.caseworker.decidedByReceiving');
    expect(keys(draftFor(answers, 'receiving'))).not.toContain('draft.caseworker.decidedByReceiving');
    expect(keys(draftFor(answers))).not.toContain('draft.caseworker.decidedByReceiving');
  });

  it('asks for the date of the takeover, rather than inventing one, when the person has already moved', () => {
    const answers = { ...answersOf('ordinaryEmployment'), alreadyMoved: 'yes' };
    expect(assess(ruleBase, answers).class).toBe('dutyIndicated');
    const draft = keys(draftFor(answers));
    expect(draft).toContain('draft.approval.alreadyMoved');
    expect(draft).not.toContain('draft.approval.effectOnMoving');
  });

  it('quotes § 18, stk. 3 when housing is raised, keeps it apart from the takeover, and reads waiting for housing as a refusal', () => {
    const withoutHome = draftFor({ ...answersOf('ordinaryEmployment'), hasHomeInReceiving: 'no' });
    const withHome = draftFor({ ...answersOf('ordinaryEmployment'), hasHomeInReceiving: 'yes' });
    for (const key of ['draft.rules.housingSeparate', 'draft.caseworker.conditionalIsRefusal']) {
      expect(keys(withoutHome)).toContain(key);
      expect(keys(withHome)).not.toContain(key);
    }
    // The answer about housing is never listed among the facts the reasons rest on.
    for (const draft of [withoutHome, withHome]) {
      expect(sentencesOf(draft).filter((s) => s.subject?.kind === 'fact').map((s) => s.subject!.id)).not.toContain('hasHomeInReceiving');
    }
  });

  it('makes no reasons under § 18 where § 18 does not apply, and says so', () => {
    const draft = keys(draftFor(answersOf('scope-notInProgramme')));
    expect(draft).toContain('draft.caseworker.notApplicable');
    expect(draft.some((k) => k.startsWith('draft.appeal.') || k.startsWith('draft.examples.'))).toBe(false);
  });
});
