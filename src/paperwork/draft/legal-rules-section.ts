import { formatDate } from '../../ui/dates';
import { paragraph, type Block, type Sentence } from '../document';
import { CITATIONS, NOTES } from '../sources';
import { noteFacts, type DraftCase } from './draft-case';

/** Quoted in full in every draft's rules section; other sections refer to them without quoting again. */
export const ALWAYS_QUOTED: readonly string[] = [CITATIONS.section18Stk1, CITATIONS.section18Stk2];

/**
 * The rules the reasons cite (forvaltningsloven § 24): § 18, stk. 1–2 always; stk. 3 only when
 * housing is raised, and then as the separate, stricter question it is — never as a condition.
 */
export function legalRulesBlocks(draftCase: DraftCase): Block[] {
  const { write, ruleBase, assessment } = draftCase;
  const from = formatDate(write.translator.language, ruleBase.files.status.legalBasisFrom);
  const renamed = ruleBase.citations.get(CITATIONS.programmeRenamed)!;
  const quoted = (id: string, facts: string[] = []): Sentence => {
    const citation = ruleBase.citations.get(id)!;
    return write.content(
      'draft.rules.quote',
      { provision: citation.locator.provision ?? '', quote: citation.quote, from },
      { citations: [id], facts },
      { quote: citation.quote },
    );
  };
  const blocks: Block[] = [
    paragraph(write.content('draft.rules.intro', {}, { citations: [CITATIONS.section18Stk1, CITATIONS.section18Stk2] })),
    ...ALWAYS_QUOTED.map((id) => paragraph(quoted(id))),
    // The quoted wording is not the one in force: the programme was renamed throughout, and the
    // current consolidated act is the caseworker's to name.
    paragraph(
      write.content('draft.rules.renamed', { quote: renamed.quote }, { citations: [CITATIONS.programmeRenamed] }, { quote: renamed.quote }),
      write.instruction('draft.rules.currentAct', {}, { citations: [CITATIONS.programmeRenamed] }),
    ),
  ];
  if (assessment.notes.includes(NOTES.housingDuty)) {
    const housingFacts = noteFacts(draftCase, NOTES.housingDuty);
    blocks.push(
      paragraph(quoted(CITATIONS.section18Stk3, housingFacts)),
      paragraph(
        write.content('draft.rules.housingSeparate', {}, {
          citations: [CITATIONS.section18Stk3, CITATIONS.obligedIfGrounds],
          facts: housingFacts,
        }),
        write.instruction('draft.rules.housingJudgement', {}, { citations: [CITATIONS.section18Stk3] }),
      ),
    );
  }
  blocks.push(paragraph(write.content('draft.rules.discretion', {}, { citations: [CITATIONS.discretionary, CITATIONS.notAnswerKey] })));
  return blocks;
}
