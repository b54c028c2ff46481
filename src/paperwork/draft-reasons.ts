import { walkFacts } from '../engine/relevance';
import type { RuleBase } from '../engine/rule-base';
import type { Answers, Assessment, Perspective } from '../engine/types';
import { paragraph, type PaperDocument, type Section } from './document';
import type { JudgementNotes } from '../ui/judgement-basis/notes';
import { appealSection } from './draft/appeal-section';
import { approvalSection } from './draft/approval-section';
import { assessmentBlocks } from './draft/assessment-section';
import { basisSection } from './draft/basis-section';
import { caseworkerSection } from './draft/caseworker-section';
import { DUTY_SIDE, type DraftCase } from './draft/draft-case';
import { examplesBlocks } from './draft/examples-section';
import { answeredGroundFacts, factsBlocks } from './draft/facts-section';
import { judgementsBlocks } from './draft/judgements-section';
import { legalRulesBlocks } from './draft/legal-rules-section';
import { withReferences } from './references';
import { CITATIONS, NOTES } from './sources';
import { translationLabel } from './translation-label';
import { writer, type PaperTranslator } from './writer';

const subsection = (draftCase: DraftCase, id: string, blocks: Section['blocks']): Section[] =>
  blocks.length === 0 ? [] : [{ id, heading: draftCase.write.text(`draft.headings.${id}`), blocks, subsections: [] }];

/**
 * The draft for a § 18 decision, built only from the engine's assessment, the answers, the
 * caseworker's judgement notes and the rule base's texts and passages. Where a duty is indicated
 * it is an approval ("udkast til afgørelse"): no reasons and no appeal notice, which a full
 * approval does not need (forvaltningsloven § 22). On the refusal side it is the draft of the
 * reasons ("udkast til begrundelse") with an appeal notice. Pure: the same input gives the same
 * draft, in the translator's language. It is a draft for the caseworker to check and complete —
 * it concludes nothing the assessment does not, and decides nothing.
 */
export function draftReasons(
  ruleBase: RuleBase,
  assessment: Assessment,
  answers: Answers,
  perspective: Perspective | undefined,
  translator: PaperTranslator,
  notes: JudgementNotes = {},
): PaperDocument {
  const write = writer(translator);
  const knowledge = walkFacts(ruleBase, answers);
  const draftCase: DraftCase = { ruleBase, assessment, answers, perspective: perspective ?? 'receiving', knowledge, write, notes };
  const sections: Section[] = [caseworkerSection(draftCase)];
  const decision = assessment.class === 'notApplicable' ? 'notApplicable' : DUTY_SIDE.includes(assessment.class) ? 'approval' : 'refusalSide';
  if (decision === 'notApplicable') {
    // § 18 does not apply: no reasons under it, only the answers that say so.
    if (answeredGroundFacts(draftCase).length > 0) sections.push(...subsection(draftCase, 'facts', factsBlocks(draftCase)));
  } else if (decision === 'approval') {
    // The approval needs no reasons; what it rests on is kept for the case file, outside the letter.
    sections.push(approvalSection(draftCase), {
      id: 'grounds',
      audience: 'caseworker',
      heading: write.text('draft.headings.grounds'),
      blocks: [paragraph(write.instruction('draft.grounds.intro'))],
      subsections: [
        ...subsection(draftCase, 'rules', legalRulesBlocks(draftCase)),
        ...subsection(draftCase, 'facts', factsBlocks(draftCase)),
        ...subsection(draftCase, 'examples', examplesBlocks(draftCase)),
      ],
    });
  } else {
    const { text } = write;
    sections.push(
      {
        id: 'reasons',
        heading: text('draft.headings.reasons'),
        blocks: [
          {
            kind: 'paragraph',
            sentences: [
              write.notice('draft.reasons.required', {}, { citations: [CITATIONS.reasonsRequired] }),
              write.instruction('draft.reasons.contents', {}, { notes: [NOTES.refusalNeedsReasons] }),
            ],
          },
        ],
        subsections: [
          ...subsection(draftCase, 'rules', legalRulesBlocks(draftCase)),
          ...subsection(draftCase, 'facts', factsBlocks(draftCase)),
          ...subsection(draftCase, 'examples', examplesBlocks(draftCase)),
          ...subsection(draftCase, 'judgements', judgementsBlocks(draftCase)),
          ...subsection(draftCase, 'assessment', assessmentBlocks(draftCase)),
        ],
      },
      appealSection(draftCase),
    );
  }
  if (decision !== 'notApplicable') sections.push(...basisSection(draftCase));
  const document: PaperDocument = {
    kind: 'draft',
    decision,
    language: translator.language,
    title: write.text(decision === 'approval' ? 'draft.titleApproval' : 'draft.title'),
    labels: [write.text('draft.label'), ...translationLabel(write)],
    sections,
    references: [],
  };
  return withReferences(document, ruleBase, write);
}
