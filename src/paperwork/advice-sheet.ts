import { list, paragraph, type PaperDocument, type Section, type Sentence, type Trace } from './document';
import { CITATIONS, NOTES } from './sources';
import { translationLabel } from './translation-label';
import { writer, type PaperTranslator } from './writer';

/**
 * The advice sheet for the person: general information about § 18 in plain language. It takes no
 * assessment and no answers — it cannot show a class, a matched example or anything that reads as
 * a promise of the outcome, because it never sees them.
 */
export function adviceSheet(translator: PaperTranslator): PaperDocument {
  const write = writer(translator);
  const say = (key: string, trace: Partial<Trace>, dated = false): Sentence =>
    write.content(`advice.${key}`, {}, trace, dated ? { dated } : {});
  const section = (id: string, blocks: Section['blocks']): Section => ({
    id,
    heading: write.text(`advice.headings.${id}`),
    blocks,
    subsections: [],
  });
  const law = { citations: [CITATIONS.section18Stk1, CITATIONS.section18Stk2] };
  const datedNote = { notes: [NOTES.movingWithoutApproval] };
  const sections: Section[] = [
    section('meaning', [
      list([
        say('meaning.programme', { citations: [CITATIONS.section18Stk1] }),
        say('meaning.continue', { citations: [CITATIONS.section18Stk1] }),
        say('meaning.approval', { citations: [CITATIONS.section18Stk1] }),
        say('meaning.mayAlways', { citations: [CITATIONS.mayAlwaysChoose] }),
        say('meaning.must', { citations: [CITATIONS.section18Stk2] }),
        say('meaning.concrete', { citations: [CITATIONS.discretionary, CITATIONS.notAnswerKey] }),
      ]),
    ]),
    section('beforeMoving', [
      list([
        say('beforeMoving.apply', { citations: [CITATIONS.noNeedToHaveMoved, CITATIONS.recommendAdvice] }),
        say('beforeMoving.noNeedToHaveMoved', { citations: [CITATIONS.noNeedToHaveMoved] }),
        say('beforeMoving.wait', { citations: [CITATIONS.noNeedToHaveMoved] }),
        say('beforeMoving.evenWithJob', { citations: [CITATIONS.recommendAdvice] }),
      ]),
    ]),
    section('effect', [
      list([
        say('effect.fromMoving', { citations: [CITATIONS.effectFromMoving] }),
        // § 18, stk. 3 in plain words: taking over the programme is not a promise of a home.
        say('effect.housing', { citations: [CITATIONS.section18Stk3] }),
      ]),
    ]),
    section('withoutApproval', [
      // The flag leads the section: everything below it uses the wording from before 1 July 2025.
      paragraph(write.notice('advice.withoutApproval.dated', {}, datedNote)),
      list([
        say('withoutApproval.benefit', { citations: [CITATIONS.benefitMayBeReduced] }, true),
        say('withoutApproval.moveBack', { citations: [CITATIONS.fullBenefitOnReturn] }, true),
        say('withoutApproval.movingCosts', { citations: [CITATIONS.movingHelpStk1, CITATIONS.movingCostsOnlyWithApproval] }, true),
      ]),
    ]),
    section('refusal', [
      list([
        say('refusal.reasons', { citations: [CITATIONS.reasonsRequired] }),
        say('refusal.appeal', { notes: [NOTES.refusalNeedsReasons] }),
        say('refusal.where', { notes: [NOTES.refusalNeedsReasons] }),
        say('refusal.applyAgain', law),
      ]),
      paragraph(write.instruction('advice.refusal.contact')),
    ]),
  ];
  return {
    kind: 'advice',
    language: translator.language,
    title: write.text('advice.title'),
    labels: [write.text('advice.label'), ...translationLabel(write)],
    sections,
    // The person gets plain sentences, not numbered sources; the traces stay in the data.
    references: [],
  };
}
