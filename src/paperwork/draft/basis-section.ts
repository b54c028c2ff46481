import { answerLabel } from '../../ui/answer-text';
import { list, paragraph, type Section, type Sentence } from '../document';
import type { DraftCase } from './draft-case';
import { citesOf } from './judgements-section';

/**
 * "Bygger på dine vurderinger": the caseworker's own judgements the assessment rests on, each
 * with the note written beside it in the guide. For the case file, not the letter.
 */
export function basisSection(draftCase: DraftCase): Section[] {
  const { write, assessment, notes } = draftCase;
  if (assessment.judgements.length === 0) return [];
  const { t, has } = write.translator;
  const items = assessment.judgements.map((j): Sentence => {
    const subject = { kind: 'judgement' as const, id: j.id };
    if (j.answer === undefined) return write.content('draft.basis.unformalised', { judgement: write.ruleText(`judgements.${j.id}`) }, { citations: citesOf(draftCase, j.id) }, { subject });
    const values = { question: t(`rules:facts.${j.id}.question`), answer: answerLabel(t, has, j.id, j.answer) };
    const note = notes[j.id];
    return note
      ? write.content('draft.basis.answeredWithNote', { ...values, note }, { facts: [j.id] }, { subject })
      : write.content('draft.basis.answered', values, { facts: [j.id] }, { subject });
  });
  return [
    {
      id: 'basis',
      audience: 'caseworker',
      heading: write.text('draft.headings.basis'),
      blocks: [paragraph(write.instruction('draft.basis.intro')), list(items)],
      subsections: [],
    },
  ];
}
