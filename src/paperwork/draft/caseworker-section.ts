import { formatDate } from '../../ui/dates';
import { list, type Section, type Sentence } from '../document';
import { CITATIONS, NOTES } from '../sources';
import { citationIdsOf, DUTY_SIDE, exampleOf, noteFacts, REFUSAL_SIDE, type DraftCase } from './draft-case';

/**
 * What the caseworker must know before using the draft: that it is no decision, how to finish it,
 * the date of the law text, and the forvaltningslov rule on when reasons are required. None of it
 * is meant for the letter itself.
 */
export function caseworkerSection(draftCase: DraftCase): Section {
  const { write, ruleBase, assessment, perspective } = draftCase;
  const status = ruleBase.files.status;
  const quote = (id: string) => ruleBase.citations.get(id)!.quote;
  const items: Sentence[] = [
    write.instruction('draft.caseworker.notDecision', {}, { citations: [CITATIONS.discretionary, CITATIONS.notAnswerKey] }),
    write.instruction('draft.caseworker.placeholders'),
    write.instruction('draft.caseworker.references'),
    write.instruction(
      'draft.caseworker.legalBasis',
      {
        from: formatDate(write.translator.language, status.legalBasisFrom),
        checkedOn: formatDate(write.translator.language, status.legalBasisCheckedOn),
      },
      { citations: [CITATIONS.section18Stk1, CITATIONS.section18Stk2] },
    ),
  ];
  if (perspective === 'current') {
    items.push(
      write.content('draft.caseworker.decidedByReceiving', {}, { citations: [CITATIONS.section18Stk1, CITATIONS.section18Stk2] }),
    );
  }
  if (assessment.class === 'notApplicable') {
    const scopeFacts = ruleBase.scope.flatMap((c) => c.reads);
    items.push(write.content('draft.caseworker.notApplicable', {}, { citations: [CITATIONS.section18Stk1], facts: scopeFacts }));
    return { id: 'caseworker', audience: 'caseworker', heading: write.text('draft.headings.caseworker'), blocks: [list(items)], subsections: [] };
  }
  items.push(
    write.content(
      'draft.caseworker.fvl22',
      { quote: quote(CITATIONS.reasonsRequired) },
      { citations: [CITATIONS.reasonsRequired] },
      { quote: quote(CITATIONS.reasonsRequired) },
    ),
  );
  if (DUTY_SIDE.includes(assessment.class)) {
    // The quote above says why an approval carries no reasons; § 25 is the guide's paraphrase.
    items.push(write.instruction('draft.caseworker.approvalNoReasons', {}, { citations: [CITATIONS.reasonsRequired], notes: [NOTES.refusalNeedsReasons] }));
    if (assessment.class === 'dutyDependsOnCircumstances') items.push(write.instruction('draft.caseworker.approvalDepends'));
    // § 19 is not among the pinned sources; the study's margin note on it is quoted in the template.
    items.push(write.instruction('draft.caseworker.newContract', {}, { citations: [CITATIONS.contractWithinOneMonth] }));
    if (assessment.notes.includes(NOTES.housingDuty)) {
      items.push(write.instruction('draft.rules.housingJudgement', {}, { citations: [CITATIONS.section18Stk3], facts: noteFacts(draftCase, NOTES.housingDuty) }));
    }
  }
  for (const status of assessment.examples.filter((e) => e.state === 'setAside' && e.setAsideBy)) {
    const by = status.setAsideBy!;
    items.push(
      write.instruction(
        'draft.caseworker.precedence',
        { title: write.ruleText(`examples.${status.id}.title`), prevailing: write.ruleText(`examples.${by.example}.title`), precedence: write.ruleText(`precedence.${by.precedence}`) },
        { citations: citationIdsOf(exampleOf(draftCase, status.id)) },
      ),
    );
  }
  if (REFUSAL_SIDE.includes(assessment.class)) {
    // Forvaltningsloven § 19, as a reminder in the guide's words: not a quote.
    items.push(write.instruction('draft.caseworker.partshoering', {}, { citations: [CITATIONS.conditionalReadAsRefusal] }));
    items.push(
      write.content('draft.caseworker.notOnExampleAlone', {}, {
        citations: [CITATIONS.notAnswerKey, CITATIONS.discretionary],
        notes: [NOTES.refusalNeedsReasons],
      }),
      write.content('draft.caseworker.mayAlwaysTakeOver', {}, { citations: [CITATIONS.mayAlwaysChoose, CITATIONS.section18Stk1] }),
    );
  }
  // The seed's own case: waiting for housing was read as a refusal. Said wherever housing is
  // raised, so no draft can be finished as "takeover once a home is found".
  if (assessment.notes.includes(NOTES.conditionalTakeoverIsRefusal)) {
    items.push(
      write.content('draft.caseworker.conditionalIsRefusal', {}, {
        citations: [CITATIONS.conditionalReadAsRefusal, CITATIONS.obligedIfGrounds],
        facts: noteFacts(draftCase, NOTES.conditionalTakeoverIsRefusal),
      }),
    );
  }
  return { id: 'caseworker', audience: 'caseworker', heading: write.text('draft.headings.caseworker'), blocks: [list(items)], subsections: [] };
}
