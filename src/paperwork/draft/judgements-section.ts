import type { JudgementUse } from '../../engine/types';
import { list, paragraph, type Block, type Sentence } from '../document';
import type { DraftCase } from './draft-case';
import { factStatement } from './facts-section';

/** Judgements the assessment section words itself (the request for the concrete assessment). */
export const STATED_IN_ASSESSMENT = 'concreteAssessment';

/** The citations a judgement rests on: a judgement question's own, or the unformalised judgement's. */
export function citesOf(draftCase: DraftCase, id: string): string[] {
  const { ruleBase } = draftCase;
  return ruleBase.factById.get(id)?.cites ?? ruleBase.files.judgements.judgements.find((j) => j.id === id)?.cites ?? [];
}

/**
 * One judgement as the municipality's: the caseworker's answer to a judgement question, or a
 * placeholder for a judgement the guidance leaves unformalised. An open judgement ("don't know")
 * becomes a placeholder too: the draft never fills in a judgement nobody made.
 */
export function judgementSentence(draftCase: DraftCase, judgement: JudgementUse): Sentence {
  const { write } = draftCase;
  const subject = { kind: 'judgement' as const, id: judgement.id };
  const citations = citesOf(draftCase, judgement.id);
  if (judgement.answer !== undefined) {
    const key = `draft.judgements.facts.${judgement.id}.${judgement.answer}`;
    if (write.translator.has(`paperwork:${key}`)) return write.content(key, {}, { citations, facts: [judgement.id] }, { subject });
    return { ...factStatement(draftCase, judgement.id), subject };
  }
  const key = `draft.judgements.unformalised.${judgement.id}`;
  if (write.translator.has(`paperwork:${key}`)) return write.content(key, {}, { citations }, { subject });
  return write.content('draft.judgements.unformalised.unknown', { judgement: write.ruleText(`judgements.${judgement.id}`) }, { citations }, { subject });
}

export function judgementsBlocks(draftCase: DraftCase): Block[] {
  const judgements = draftCase.assessment.judgements.filter((j) => j.id !== STATED_IN_ASSESSMENT);
  if (judgements.length === 0) return [];
  const { write, notes } = draftCase;
  // The caseworker's note is the concrete circumstance the judgement rests on: it goes into the reasons.
  const withNote = (sentence: Sentence, id: string): Sentence =>
    notes[id] ? { ...sentence, ...write.text('draft.judgements.withNote', { judgement: sentence.text, note: notes[id] }) } : sentence;
  return [
    paragraph(write.instruction('draft.judgements.justify')),
    list(judgements.map((j) => withNote(judgementSentence(draftCase, j), j.id))),
  ];
}
