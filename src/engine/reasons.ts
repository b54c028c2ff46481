import type { AnswerValue, FactId, ReasonGroup, ReasonOption, ReasonsFile } from './types';

/** The checkbox questions, read once: which option settles which fact. */
export interface CompiledReasons {
  groups: readonly ReasonGroup[];
  /** Option id → its group and its definition. */
  optionById: ReadonlyMap<FactId, { group: ReasonGroup; option: ReasonOption }>;
  /** Fact id → the options that settle it. */
  settledBy: ReadonlyMap<FactId, readonly FactId[]>;
}

export function compileReasons(file: ReasonsFile | undefined): CompiledReasons {
  const groups = file?.groups ?? [];
  const optionById = new Map<FactId, { group: ReasonGroup; option: ReasonOption }>();
  const settledBy = new Map<FactId, FactId[]>();
  for (const group of groups) {
    for (const option of group.options) {
      optionById.set(option.id, { group, option });
      for (const fact of new Set([...Object.keys(option.given ?? {}), ...Object.keys(option.notGiven)])) {
        settledBy.set(fact, [...(settledBy.get(fact) ?? []), option.id]);
      }
    }
  }
  return { groups, optionById, settledBy };
}

/** Each option as a yes/no fact ("ticked" / "not ticked"), for splicing into the asking order. */
export function optionFacts(group: ReasonGroup) {
  return group.options.map((option) => ({
    id: option.id,
    kind: 'fact' as const,
    answers: ['yes', 'no'],
    cites: group.cites,
    group: group.id,
  }));
}

export interface ReasonReading {
  /** Facts settled by a ticked or unticked option, with the option that settled them. */
  implied: Map<FactId, { value: AnswerValue; by: FactId }>;
  /** Facts waiting for an unanswered option: asked, if at all, only after its group. */
  pending: Set<FactId>;
  /**
   * Groups not asked because the answers were given fact by fact (a link or file made before the
   * group existed): their facts are asked one at a time, as they were then.
   */
  answeredFactByFact: Set<string>;
}

/**
 * What the checkbox answers settle. Unticked options count first, then ticked ones, so a fact one
 * ticked option gives ("married") is not undone by another left unticked.
 */
export function readReasons(reasons: CompiledReasons, given: ReadonlyMap<FactId, AnswerValue>): ReasonReading {
  const implied = new Map<FactId, { value: AnswerValue; by: FactId }>();
  const pending = new Set<FactId>();
  const answeredFactByFact = new Set<string>();
  for (const group of reasons.groups) {
    const anyOptionAnswered = group.options.some((o) => given.has(o.id));
    const anyFactAnswered = group.options.some((o) => Object.keys({ ...o.given, ...o.notGiven }).some((f) => given.has(f)));
    if (!anyOptionAnswered && anyFactAnswered) answeredFactByFact.add(group.id);
  }
  const live = reasons.groups.filter((g) => !answeredFactByFact.has(g.id)).flatMap((g) => g.options);
  for (const option of live) {
    const answer = given.get(option.id);
    if (answer === undefined) Object.keys({ ...option.given, ...option.notGiven }).forEach((f) => pending.add(f));
    if (answer === 'no') for (const [fact, value] of Object.entries(option.notGiven)) implied.set(fact, { value, by: option.id });
  }
  for (const option of live) {
    if (given.get(option.id) !== 'yes') continue;
    for (const [fact, value] of Object.entries(option.given ?? {})) implied.set(fact, { value, by: option.id });
  }
  for (const fact of implied.keys()) pending.delete(fact);
  return { implied, pending, answeredFactByFact };
}

/**
 * The ticks that say what a set of fact-by-fact answers says (a scenario file, an old link): an
 * option is ticked when its given answers are the ones given, or, for an option whose facts are
 * follow-ups, when one of them is answered other than "not given".
 */
export function ticksFor(reasons: CompiledReasons, answers: Readonly<Record<FactId, AnswerValue>>): Record<FactId, AnswerValue> {
  const ticks: Record<FactId, AnswerValue> = {};
  for (const group of reasons.groups) {
    for (const option of group.options) {
      const given = Object.entries(option.given ?? {});
      const ticked =
        given.length > 0
          ? given.every(([fact, value]) => answers[fact] === value)
          : Object.entries(option.notGiven).some(([fact, value]) => answers[fact] !== undefined && answers[fact] !== value);
      ticks[option.id] = ticked ? 'yes' : 'no';
    }
  }
  return ticks;
}
