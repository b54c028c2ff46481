import { paragraph, type Section, type Sentence } from '../document';
import { CITATIONS, NOTES } from '../sources';
import { citationIdsOf, exampleOf, noteFacts, withState, type DraftCase } from './draft-case';

/**
 * When the takeover takes effect. The note on the effect reads whether the person has moved: the
 * source gives the effect for a move after approval; for a move already made it is silent, so the
 * draft asks the caseworker rather than inventing a date.
 */
function effectSentence(draftCase: DraftCase): Sentence {
  const { write, assessment, answers } = draftCase;
  const movedFacts = noteFacts(draftCase, NOTES.takeoverTakesEffectOnMoving);
  const moved = !assessment.notes.includes(NOTES.takeoverTakesEffectOnMoving) && movedFacts.some((f) => answers[f] === 'yes');
  const trace = { citations: [CITATIONS.effectFromMoving, CITATIONS.shouldHaveTakenOverAndAdvised], facts: movedFacts.filter((f) => f in answers) };
  return write.content(moved ? 'draft.approval.alreadyMoved' : 'draft.approval.effectOnMoving', {}, trace);
}

/**
 * The decision where a duty is indicated: the receiving municipality takes over, from the moving
 * date, and makes a new contract (§ 19). A full approval needs no reasons and no appeal notice
 * (forvaltningsloven §§ 22, 25), so the draft has neither; the caseworker section says why.
 */
export function approvalSection(draftCase: DraftCase): Section {
  const { write } = draftCase;
  const matched = withState(draftCase, 'matched').flatMap((status) => citationIdsOf(exampleOf(draftCase, status.id)));
  return {
    id: 'decision',
    heading: write.text('draft.headings.decision'),
    blocks: [
      paragraph(write.content('draft.approval.takeover', {}, { citations: [CITATIONS.section18Stk1, CITATIONS.section18Stk2, ...matched] })),
      paragraph(effectSentence(draftCase)),
      // § 19 is not among the pinned sources: the study's margin note on it is.
      paragraph(write.content('draft.approval.contract', {}, { citations: [CITATIONS.contractWithinOneMonth] })),
    ],
    subsections: [],
  };
}
