import type { CompiledExample, CompiledLogic, RuleBase } from '../../engine/rule-base';
import type { Answers, Assessment, AssessmentClass, ExampleKind, ExampleStatus, FactId, Perspective } from '../../engine/types';
import type { Knowledge } from '../../engine/three-valued';
import { evaluateOpen } from '../../engine/three-valued';
import type { JudgementNotes } from '../../ui/judgement-basis/notes';
import type { Writer } from '../writer';

/** Everything a draft section is built from; nothing else reaches the templates. */
export interface DraftCase {
  ruleBase: RuleBase;
  assessment: Assessment;
  answers: Answers;
  perspective: Perspective;
  /** The engine's reading of the answers, to tell which conditions of an example hold. */
  knowledge: Knowledge;
  write: Writer;
  /** The caseworker's notes on their judgements, by judgement question. */
  notes: JudgementNotes;
}

/** Classes on the refusal side: a refusal there needs a concrete assessment beyond the examples. */
export const REFUSAL_SIDE: readonly AssessmentClass[] = ['noDutyStartingPoint', 'concreteJudgement'];

/**
 * Classes where a duty is indicated: the draft is an approval (the takeover, its effect on moving,
 * the new contract), with neither reasons nor an appeal notice, since it gives the person full
 * success (forvaltningsloven § 22).
 */
export const DUTY_SIDE: readonly AssessmentClass[] = ['dutyIndicated', 'dutyDependsOnCircumstances'];

/** Kinds that point towards a duty. */
export const MUST_SIDE: readonly ExampleKind[] = ['must', 'mustDependingOnCircumstances'];

export const exampleOf = (draftCase: DraftCase, id: string): CompiledExample =>
  draftCase.ruleBase.exampleById.get(id)!;

export const citationIdsOf = (example: CompiledExample): string[] => [...example.citations.map((c) => c.id), ...(example.cites ?? [])];

export const factsOf = (conditions: readonly CompiledLogic[]): FactId[] => conditions.flatMap((c) => c.reads);

export const withState = (draftCase: DraftCase, state: ExampleStatus['state']) =>
  draftCase.assessment.examples.filter((e) => e.state === state);

export const titleOf = (draftCase: DraftCase, id: string) => draftCase.write.ruleText(`examples.${id}.title`);

export const conditionText = (draftCase: DraftCase, exampleId: string, conditionId: string) =>
  draftCase.write.ruleText(`examples.${exampleId}.conditions.${conditionId}`);

export interface NearMiss {
  status: ExampleStatus;
  example: CompiledExample;
  held: CompiledLogic[];
  failed: CompiledLogic[];
}

/**
 * Examples pointing towards a duty that the answers ruled out although part of them holds: the
 * ones a reader asks "why not?" about. A condition holds only where the engine's own evaluation
 * says so on the answers given; one that was never asked holds nothing. Examples none of whose
 * conditions hold say nothing about the case and are left out.
 */
export function nearMisses(draftCase: DraftCase): NearMiss[] {
  return withState(draftCase, 'notMatched')
    .filter((status) => MUST_SIDE.includes(status.kind) && status.failedFacts.length > 0)
    .map((status) => {
      const example = exampleOf(draftCase, status.id);
      const failed = example.conditions.filter((c) => status.failedConditions.includes(c.id));
      const held = example.conditions.filter((c) => evaluateOpen(c, draftCase.knowledge).truth === 'true');
      return { status, example, held, failed };
    })
    .filter((miss) => miss.held.length > 0);
}

/** Examples still open on a "don't know" that could change the class. */
export const openExamples = (draftCase: DraftCase) => withState(draftCase, 'open').filter((e) => !e.cannotChangeClass);

/** The facts of a condition that the answers failed. */
export const failedFactsOf = (status: ExampleStatus, condition: CompiledLogic) =>
  condition.reads.filter((fact) => status.failedFacts.includes(fact));

/** The facts a note's condition reads: why the note, and so the sentence resting on it, applies. */
export const noteFacts = (draftCase: DraftCase, noteId: string): FactId[] =>
  draftCase.ruleBase.notes.find((n) => n.id === noteId)?.condition?.reads ?? [];
