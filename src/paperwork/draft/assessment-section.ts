import { list, paragraph, type Block, type Sentence } from '../document';
import { CITATIONS, NOTES } from '../sources';
import {
  citationIdsOf,
  conditionText,
  exampleOf,
  factsOf,
  failedFactsOf,
  nearMisses,
  noteFacts,
  REFUSAL_SIDE,
  titleOf,
  withState,
  type DraftCase,
} from './draft-case';
import { openSentences } from './examples-section';
import { judgementSentence, STATED_IN_ASSESSMENT } from './judgements-section';

/** The citations of the examples the class rests on, so the class sentence names its passages. */
const matchedCitations = (draftCase: DraftCase) =>
  withState(draftCase, 'matched').flatMap((status) => citationIdsOf(exampleOf(draftCase, status.id)));

/**
 * Where the examples leave the answer open, the draft lists what can speak for and against a
 * takeover — and concludes nothing. Every item names the example or answer it comes from.
 */
function factorBlocks(draftCase: DraftCase): Block[] {
  const { write, ruleBase, answers } = draftCase;
  const forTakeover: Sentence[] = [];
  const against: Sentence[] = [];
  const toWeigh: Sentence[] = [];
  const exampleSubject = (id: string) => ({ subject: { kind: 'example' as const, id } });

  for (const { status, example, held, failed } of nearMisses(draftCase)) {
    const title = titleOf(draftCase, example.id);
    const citations = citationIdsOf(example);
    held.forEach((c) =>
      forTakeover.push(
        write.content('draft.assessment.factors.forPartial', { title, condition: conditionText(draftCase, example.id, c.id) }, {
          citations,
          facts: c.reads,
        }, exampleSubject(example.id)),
      ),
    );
    failed.forEach((c) =>
      against.push(
        write.content('draft.assessment.factors.againstUnmet', { title, condition: conditionText(draftCase, example.id, c.id) }, {
          citations,
          facts: failedFactsOf(status, c),
        }, exampleSubject(example.id)),
      ),
    );
  }
  for (const status of withState(draftCase, 'matched')) {
    const example = exampleOf(draftCase, status.id);
    const trace = { citations: citationIdsOf(example), facts: factsOf(example.conditions) };
    const title = titleOf(draftCase, example.id);
    if (example.kind === 'needNot') against.push(write.content('draft.assessment.factors.againstNeedNot', { title }, trace, exampleSubject(example.id)));
    if (example.kind === 'noGuidingExample') toWeigh.push(write.content('draft.assessment.factors.weighGap', { title }, trace, exampleSubject(example.id)));
  }
  // A circumstance no example settles: named, whatever need-not example also matches.
  for (const u of draftCase.assessment.unsettledCircumstances) {
    const example = exampleOf(draftCase, u.example);
    toWeigh.push(
      write.content(
        'draft.assessment.factors.weighUnsettled',
        { circumstance: write.ruleText(`examples.${u.example}.circumstance`), title: titleOf(draftCase, u.example) },
        { citations: citationIdsOf(example), facts: u.failedFacts },
        exampleSubject(u.example),
      ),
    );
  }
  const other = ruleBase.otherCircumstancesFact;
  const otherTrace = { citations: [CITATIONS.notAnswerKey, CITATIONS.discretionary], facts: [other] };
  if (answers[other] === 'yes') toWeigh.push(write.content('draft.assessment.factors.weighOther', {}, otherTrace));
  if (answers[other] === 'dontKnow') toWeigh.push(write.content('draft.assessment.factors.weighOtherUnknown', {}, otherTrace));
  toWeigh.push(...openSentences(draftCase, 'draft.assessment.factors.weighOpen'));

  const allFacts = [...forTakeover, ...against, ...toWeigh].flatMap((s) => s.trace.facts);
  const none = (key: string) => write.content(key, {}, { citations: [CITATIONS.notAnswerKey], facts: allFacts });
  const blocks: Block[] = [
    paragraph(write.content('draft.assessment.factors.forLead', {}, { citations: [CITATIONS.section18Stk2] })),
    list(forTakeover.length > 0 ? forTakeover : [none('draft.assessment.factors.noneFor')]),
    paragraph(write.content('draft.assessment.factors.againstLead', {}, { citations: [CITATIONS.section18Stk2] })),
    list(against.length > 0 ? against : [none('draft.assessment.factors.noneAgainst')]),
  ];
  if (toWeigh.length > 0) {
    blocks.push(paragraph(write.content('draft.assessment.factors.weighLead', {}, { citations: [CITATIONS.notAnswerKey] })), list(toWeigh));
  }
  return blocks;
}

/**
 * The class in the draft's words — a pointer, never a decision: the concrete assessment of the
 * case's other circumstances is requested, and the person is told they can apply again. (A class
 * on the duty side gets an approval instead: see approval-section.)
 */
export function assessmentBlocks(draftCase: DraftCase): Block[] {
  const { write, assessment } = draftCase;
  const cls = assessment.class;
  const blocks: Block[] = [];
  if (cls === 'concreteJudgement') {
    blocks.push(paragraph(write.content('draft.assessment.concreteJudgement', {}, { citations: [CITATIONS.notAnswerKey, CITATIONS.discretionary] })));
    blocks.push(...factorBlocks(draftCase));
  } else {
    const citations = [...matchedCitations(draftCase), CITATIONS.section18Stk2];
    blocks.push(paragraph(write.content(`draft.assessment.${cls}`, {}, { citations })));
  }
  if (REFUSAL_SIDE.includes(cls)) {
    const request = assessment.judgements.find((j) => j.id === STATED_IN_ASSESSMENT);
    if (request) blocks.push(paragraph(judgementSentence(draftCase, request)));
    blocks.push(paragraph(write.content('draft.assessment.applyAgain', {}, { citations: [CITATIONS.section18Stk1, CITATIONS.section18Stk2] })));
  }
  return blocks;
}
