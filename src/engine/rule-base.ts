import { varsOf } from './logic';
import type { Citation, Example, ExampleKind, Fact, FactId, Logic, Note, Precedence, RuleFiles } from './types';

/** A condition or relevance test with the facts it reads, worked out once at load time. */
export interface CompiledLogic {
  id: string;
  when: Logic;
  reads: FactId[];
}

export interface CompiledExample extends Omit<Example, 'conditions'> {
  conditions: CompiledLogic[];
  rank: number;
}

export interface CompiledFact extends Fact {
  relevance?: CompiledLogic;
  isScope: boolean;
}

export interface RuleBase {
  facts: CompiledFact[];
  factById: ReadonlyMap<FactId, CompiledFact>;
  scope: CompiledLogic[];
  examples: CompiledExample[];
  notes: (Note & { condition?: CompiledLogic })[];
  precedence: (Precedence & { condition?: CompiledLogic })[];
  citations: ReadonlyMap<string, Citation>;
  unformalisedJudgements: ReadonlySet<string>;
  otherCircumstancesFact: FactId;
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

const compile = (id: string, when: Logic): CompiledLogic => ({ id, when, reads: varsOf(when) });

export function compileRuleBase(files: RuleFiles): RuleBase {
  const scope = files.scope.conditions.map((c) => compile(c.id, c.when));
  const scopeFacts = new Set(scope.flatMap((c) => c.reads));
  const facts = files.facts.facts.map((fact) => ({
    ...fact,
    relevance: fact.relevantWhen === undefined ? undefined : compile(fact.id, fact.relevantWhen),
    isScope: scopeFacts.has(fact.id),
  }));
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
    examples: files.examples
      .map((e) => ({ ...e, conditions: e.conditions.map((c) => compile(c.id, c.when)), rank: RANK_OF_KIND[e.kind] }))
      .sort((a, b) => a.rank - b.rank || boxPosition(a) - boxPosition(b)),
    notes: files.notes.map((n) => ({ ...n, condition: n.when === undefined ? undefined : compile(n.id, n.when) })),
    precedence: files.precedence.precedence.map((p) => ({
      ...p,
      condition: p.when === undefined ? undefined : compile(p.id, p.when),
    })),
    citations,
    unformalisedJudgements: new Set(files.judgements.judgements.map((j) => j.id)),
    otherCircumstancesFact: files.facts.otherCircumstancesFact,
    files,
  };
}
