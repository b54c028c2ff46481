import type { ExampleStatus } from '../../engine/types';
import { locatorText, resolveCitations } from '../../ui/locator-text';
import { list, paragraph, type Block, type Sentence } from '../document';
import { CITATIONS } from '../sources';
import { ALWAYS_QUOTED } from './legal-rules-section';
import {
  citationIdsOf,
  conditionText,
  exampleOf,
  factsOf,
  failedFactsOf,
  MUST_SIDE,
  nearMisses,
  openExamples,
  titleOf,
  withState,
  type DraftCase,
} from './draft-case';

/** Verbatim passages of an example, each followed by the caveats it must not stand without. */
export function quoteSentences(draftCase: DraftCase, ids: readonly string[]): Sentence[] {
  const { write, ruleBase } = draftCase;
  return resolveCitations(ruleBase.citations, ids).map(({ citation, isCaveat }) =>
    write.content(
      isCaveat ? 'draft.examples.caveat' : 'draft.examples.quote',
      { source: locatorText(write.translator.t, citation), quote: citation.quote },
      { citations: [citation.id] },
      { quote: citation.quote },
    ),
  );
}

function matchedBlocks(draftCase: DraftCase, status: ExampleStatus): Block[] {
  const { write } = draftCase;
  const example = exampleOf(draftCase, status.id);
  const cites = citationIdsOf(example);
  const facts = factsOf(example.conditions);
  const subject = { kind: 'example' as const, id: example.id };
  // The result page's rule: an example without its own weight is a guiding example, unless it is a gap.
  const weight = example.weight ?? (example.kind === 'noGuidingExample' ? undefined : 'guidingExample');
  // One case's assessment and the statute's own example are not boxed guiding examples: say what they are.
  const matchedKey = weight === 'practiceInCase' || weight === 'statute' ? `draft.examples.matched.${weight}` : `draft.examples.matched.${example.kind}`;
  const about: Sentence[] = [
    write.content(matchedKey, { title: titleOf(draftCase, example.id) }, { citations: cites, facts }, { subject }),
  ];
  if (weight) about.push(write.content('draft.examples.weight', { weight: write.ruleText(`weights.${weight}`) }, { citations: cites }));
  if (MUST_SIDE.includes(example.kind)) {
    about.push(write.content('draft.examples.ground', { ground: write.ruleText(`grounds.${example.ground}`) }, { citations: cites }));
  }
  return [
    paragraph(...about),
    paragraph(write.content(example.kind === 'noGuidingExample' ? 'draft.examples.conditionsLeadGap' : 'draft.examples.conditionsLead', {}, { facts })),
    list(
      example.conditions.map((c) =>
        write.content('draft.examples.condition', { condition: conditionText(draftCase, example.id, c.id) }, { facts: c.reads }),
      ),
    ),
    ...quoteSentences(draftCase, cites.filter((id) => !ALWAYS_QUOTED.includes(id))).map((sentence) => paragraph(sentence)),
  ];
}

function setAsideBlocks(draftCase: DraftCase, status: ExampleStatus): Block[] {
  const { write } = draftCase;
  const example = exampleOf(draftCase, status.id);
  const by = status.setAsideBy;
  if (!by) return [];
  const trace = { citations: citationIdsOf(example), facts: factsOf(example.conditions) };
  return [
    paragraph(
      write.content(
        'draft.examples.setAside',
        { title: titleOf(draftCase, example.id), prevailing: titleOf(draftCase, by.example) },
        trace,
        { subject: { kind: 'example', id: example.id } },
      ),
      // Which example gives way is the project's reading where the source is silent: that belongs in
      // the caseworker's section, not in the letter (see caseworkerSection).
      write.instruction('draft.examples.setAsideJustify', {}, trace),
    ),
  ];
}

/** "Why not a duty": each failed condition of an example that partly holds. */
export function nearMissSentences(draftCase: DraftCase): Sentence[] {
  const { write } = draftCase;
  return nearMisses(draftCase).flatMap(({ status, example, failed }) =>
    failed.map((condition) =>
      write.content(
        'draft.examples.nearMiss',
        { title: titleOf(draftCase, example.id), condition: conditionText(draftCase, example.id, condition.id) },
        { citations: citationIdsOf(example), facts: failedFactsOf(status, condition) },
        { subject: { kind: 'example', id: example.id } },
      ),
    ),
  );
}

/** Examples that a "don't know" leaves open, with the question that would decide each. */
export function openSentences(draftCase: DraftCase, key: string): Sentence[] {
  const { write } = draftCase;
  return openExamples(draftCase).flatMap((status) =>
    status.decidingAnswers.map((deciding) =>
      write.content(
        key,
        { title: titleOf(draftCase, status.id), question: write.ruleText(`facts.${deciding.fact}.question`) },
        { citations: citationIdsOf(exampleOf(draftCase, status.id)), facts: [deciding.fact] },
        { subject: { kind: 'example', id: status.id } },
      ),
    ),
  );
}

/**
 * The guiding examples the case matches, with their passages verbatim; or that none does. Outside
 * a concrete judgement it also says why the examples pointing to a duty do not fit; in a concrete
 * judgement those reasons are listed as factors for and against instead (see the assessment).
 */
export function examplesBlocks(draftCase: DraftCase): Block[] {
  const { write, assessment } = draftCase;
  const matched = withState(draftCase, 'matched');
  const blocks: Block[] = [];
  if (matched.length === 0) {
    const failedFacts = assessment.examples.flatMap((e) => e.failedFacts);
    blocks.push(paragraph(write.content('draft.examples.noneMatched', {}, { citations: [CITATIONS.notAnswerKey], facts: failedFacts })));
  }
  matched.forEach((status) => blocks.push(...matchedBlocks(draftCase, status)));
  withState(draftCase, 'setAside').forEach((status) => blocks.push(...setAsideBlocks(draftCase, status)));
  if (assessment.class === 'concreteJudgement') return blocks;
  const dutyMatched = matched.some((status) => MUST_SIDE.includes(status.kind));
  if (!dutyMatched) nearMissSentences(draftCase).forEach((sentence) => blocks.push(paragraph(sentence)));
  openSentences(draftCase, 'draft.examples.open').forEach((sentence) => blocks.push(paragraph(sentence)));
  return blocks;
}
