import { varsOf } from './logic';
import { compileReasons, optionFacts, type CompiledReasons } from './reasons';
import { DONT_KNOW, type AnswerValue, type Citation, type ConditionRole, type Example, type ExampleKind, type Fact, type FactId, type Logic, type Note, type Precedence, type RuleFiles } from './types';

/** A condition or relevance test with the facts it reads, worked out once at load time. */
export interface CompiledLogic {
  id: string;
  when: Logic;
  reads: FactId[];
  /**
   * Results by the values of the facts read. Answers come from small fixed sets, so this stays
   * small, and it spares json-logic's comparatively slow `var` lookups on every walk step.
   */
  results: Map<string, boolean>;
}

export interface CompiledCondition extends CompiledLogic {
  role?: ConditionRole;
}

export interface CompiledExample extends Omit<Example, 'conditions'> {
  conditions: CompiledCondition[];
  rank: number;
}

export interface CompiledFact extends Fact {
  relevance?: CompiledLogic;
  isScope: boolean;
  /** For an option of a checkbox question: the group asked with it on one page. */
  group?: string;
  /** The answers that would settle the fact ("don't know" settles nothing). */
  settlingAnswers: readonly AnswerValue[];
  /** The same, plus `null` for "might not be asked at all". */
  settlingAnswersOrUnasked: readonly (AnswerValue | null)[];
}

export interface RuleBase {
  facts: CompiledFact[];
  factById: ReadonlyMap<FactId, CompiledFact>;
  scope: CompiledLogic[];
  examples: CompiledExample[];
  exampleById: ReadonlyMap<string, CompiledExample>;
  notes: (Note & { condition?: CompiledLogic })[];
  precedence: (Precedence & { condition?: CompiledLogic })[];
  citations: ReadonlyMap<string, Citation>;
  unformalisedJudgements: ReadonlySet<string>;
  otherCircumstancesFact: FactId;
  /** Facts whose relevance test reads the key fact. */
  gates: ReadonlyMap<FactId, readonly FactId[]>;
  /** The lowest rank among examples whose conditions read the key fact. */
  strongestReader: ReadonlyMap<FactId, number>;
  /** Facts always worth asking: read by a note, a precedence entry, or the closing question. */
  alwaysAsked: ReadonlySet<FactId>;
  /** The checkbox questions; their options are facts too, placed where each group is asked. */
  reasons: CompiledReasons;
  files: RuleFiles;
}

/**
 * Lower rank means a stronger pointer: a matched must example settles the class whatever the
 * lower-ranked examples say, which is what lets the walk skip their questions.
 */
export const RANK_OF_KIND: Readonly<Record<ExampleKind, number>> = {
  must: 0,
  mustDependingOnCircumstances: 1,
  noGuidingExample: 2,
  needNot: 3,
};

/** Examples are listed as the study's boxes list them; those without a box position come last. */
const boxPosition = (example: Example): number => example.citations[0]?.locator.example ?? Number.MAX_SAFE_INTEGER;

const compile = (id: string, when: Logic): CompiledLogic => ({ id, when, reads: varsOf(when), results: new Map() });

export function compileRuleBase(files: RuleFiles): RuleBase {
  const scope = files.scope.conditions.map((c) => compile(c.id, c.when));
  const scopeFacts = new Set(scope.flatMap((c) => c.reads));
  const reasons = compileReasons(files.reasons);
  const asked: Fact[] = files.facts.facts.flatMap((fact) => [
    ...reasons.groups.filter((g) => g.askedBefore === fact.id).flatMap(optionFacts),
    fact,
  ]);
  const facts = asked.map((fact) => {
    const settlingAnswers = fact.answers.filter((a) => a !== DONT_KNOW);
    return {
      ...fact,
      relevance: fact.relevantWhen === undefined ? undefined : compile(fact.id, fact.relevantWhen),
      isScope: scopeFacts.has(fact.id),
      settlingAnswers,
      settlingAnswersOrUnasked: [...settlingAnswers, null],
    };
  });
  const examples = files.examples
    .map((e) => ({ ...e, conditions: e.conditions.map((c) => ({ ...compile(c.id, c.when), role: c.role })), rank: RANK_OF_KIND[e.kind] }))
    .sort((a, b) => a.rank - b.rank || boxPosition(a) - boxPosition(b));
  const notes = files.notes.map((n) => ({ ...n, condition: n.when === undefined ? undefined : compile(n.id, n.when) }));
  const precedence = files.precedence.precedence.map((p) => ({
    ...p,
    condition: p.when === undefined ? undefined : compile(p.id, p.when),
  }));

  const gates = new Map<FactId, FactId[]>();
  for (const fact of facts) for (const read of fact.relevance?.reads ?? []) gates.set(read, [...(gates.get(read) ?? []), fact.id]);
  const strongestReader = new Map<FactId, number>();
  for (const example of examples) {
    for (const read of example.conditions.flatMap((c) => c.reads)) {
      strongestReader.set(read, Math.min(strongestReader.get(read) ?? Infinity, example.rank));
    }
  }
  const alwaysAsked = new Set<FactId>([
    files.facts.otherCircumstancesFact,
    ...notes.flatMap((n) => n.condition?.reads ?? []),
    ...precedence.flatMap((p) => p.condition?.reads ?? []),
  ]);

  const citations = new Map<string, Citation>();
  const allCitations = [
    ...files.scope.citations,
    ...files.examples.flatMap((e) => e.citations),
    ...files.notes.flatMap((n) => n.citations),
  ];
  for (const citation of allCitations) citations.set(citation.id, citation);
  return {
    facts,
    factById: new Map(facts.map((f) => [f.id, f])),
    scope,
    examples,
    exampleById: new Map(examples.map((e) => [e.id, e])),
    notes,
    precedence,
    citations,
    unformalisedJudgements: new Set(files.judgements.judgements.map((j) => j.id)),
    otherCircumstancesFact: files.facts.otherCircumstancesFact,
    gates,
    strongestReader,
    alwaysAsked,
    reasons,
    files,
  };
}

/**
 * The same rule base, compiled on first use rather than when the module loads: a page that embeds
 * the guide shows its opening question without waiting for work only the questions need. The
 * rule files themselves (`files`) are there from the start.
 */
export function compileRuleBaseOnFirstUse(files: RuleFiles): RuleBase {
  let compiled: RuleBase | undefined;
  const get = () => (compiled ??= compileRuleBase(files));
  const lazy = { files } as RuleBase;
  for (const key of ['facts', 'factById', 'scope', 'examples', 'exampleById', 'notes', 'precedence', 'citations', 'unformalisedJudgements', 'otherCircumstancesFact', 'gates', 'strongestReader', 'alwaysAsked', 'reasons'] as const) {
    Object.defineProperty(lazy, key, { get: () => get()[key], enumerable: true });
  }
  return lazy;
}
