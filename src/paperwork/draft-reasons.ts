import { walkFacts } from '../engine/relevance';
import type { RuleBase } from '../engine/rule-base';
import type { Answers, Assessment, Perspective } from '../engine/types';
import type { PaperDocument, Section } from './document';
import { appealSection } from './draft/appeal-section';
import { assessmentBlocks } from './draft/assessment-section';
import { caseworkerSection } from './draft/caseworker-section';
import type { DraftCase } from './draft/draft-case';
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
 * The draft of the reasons ("udkast til begrundelse") for a § 18 decision, built only from the
 * engine's assessment, the answers and the rule base's texts and passages. Pure: the same input
 * gives the same draft, in the translator's language. It is a draft for the caseworker to check
 * and complete — it concludes nothing the assessment does not, and decides nothing.
 */
export function draftReasons(
  ruleBase: RuleBase,
  assessment: Assessment,
  answers: Answers,
  perspective: Perspective | undefined,
  translator: PaperTranslator,
): PaperDocument {
  const write = writer(translator);
  const knowledge = walkFacts(ruleBase, answers);
  const draftCase: DraftCase = { ruleBase, assessment, answers, perspective: perspective ?? 'receiving', knowledge, write };
  const sections: Section[] = [caseworkerSection(draftCase)];
  if (assessment.class === 'notApplicable') {
    // § 18 does not apply: no reasons under it, only the answers that say so.
    if (answeredGroundFacts(draftCase).length > 0) sections.push(...subsection(draftCase, 'facts', factsBlocks(draftCase)));
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
  const document: PaperDocument = {
    kind: 'draft',
    language: translator.language,
    title: write.text('draft.title'),
    labels: [write.text('draft.label'), ...translationLabel(write)],
    sections,
    references: [],
  };
  return withReferences(document, ruleBase, write);
}
