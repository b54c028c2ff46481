/**
 * The vocabulary shared by rule files, the engine and everything that renders its result.
 * Ids are stable: the same id is the rule key, the locale key, the DOM id and the URL value.
 */

export type FactId = string;
export type AnswerValue = string;
/** Answers keyed by fact id, as a caseworker gave them (stale ones included: the engine prunes). */
export type Answers = Readonly<Record<FactId, AnswerValue>>;

/** A JSON-Logic expression; only the operations in `allowed-operations.ts` are accepted. */
export type Logic = unknown;

export const DONT_KNOW = 'dontKnow';

export type SourceDocumentId = 'ankestyrelsen2019' | 'integrationsloven' | 'integrationsloven39' | 'lov1654' | 'forvaltningsloven';

/** Where a quote stands: enough to find it again in the printed source. */
export interface Locator {
  /** Chapter of the study summary ("1", "4"). */
  chapter?: string;
  /** Heading of the section or box, as printed. */
  section?: string;
  /** Number of the example inside a box, counted from 1. */
  example?: number;
  /** A provision: "§ 18, stk. 2". */
  provision?: string;
  /** Footnote number, when the quote is a footnote. */
  footnote?: number;
}

export interface Citation {
  id: string;
  doc: SourceDocumentId;
  locator: Locator;
  /** One or more complete sentences, verbatim (line-break hyphens and white space aside). */
  quote: string;
  /** When someone last checked the quote against the pinned copy. */
  checkedOn: string;
  /** Citation ids that must be shown with this one (e.g. chapter 1's reservation on interview points). */
  caveats?: string[];
}

export type FactKind = 'fact' | 'judgement';

export interface Fact {
  id: FactId;
  kind: FactKind;
  /** Allowed answers in the order they are offered. */
  answers: AnswerValue[];
  /** When the question is relevant, over earlier facts; absent means always. */
  relevantWhen?: Logic;
  /** Citation ids of the passages the question rests on. */
  cites: string[];
}

export type ExampleKind = 'must' | 'mustDependingOnCircumstances' | 'needNot' | 'noGuidingExample';

export type Ground = 'integrationSignificance' | 'specialPersonalCircumstances' | 'notStatedBySource' | 'notApplicable';

/**
 * A must, depends-on-circumstances or gap example names which of its conditions are the
 * circumstance itself (the child with the partner there, the job there) and which only qualify it.
 * A circumstance that is present while a qualifying fact fails is one no example settles.
 */
export type ConditionRole = 'circumstance' | 'qualifying';

export interface Condition {
  id: string;
  when: Logic;
  role?: ConditionRole;
}

/** A guiding example (or a situation the guidance has no example for): all conditions must hold. */
export interface Example {
  id: string;
  kind: ExampleKind;
  ground: Ground;
  conditions: Condition[];
  /** Judgement ids (judgement facts or unformalised judgements) the example leaves to the caseworker. */
  judgements: string[];
  citations: Citation[];
  /** Further citation ids defined elsewhere. */
  cites?: string[];
  /** How much weight the passage carries, where it differs from a guiding example. */
  weight?: 'guidingExample' | 'practiceInCase' | 'interviewPoint' | 'statute';
}

/** A judgement the guidance leaves to the caseworker and that the widget deliberately does not formalise. */
export interface UnformalisedJudgement {
  id: string;
  cites: string[];
}

export type AssessmentClass =
  | 'dutyIndicated'
  | 'dutyDependsOnCircumstances'
  | 'noDutyStartingPoint'
  | 'concreteJudgement'
  | 'notApplicable';

export const ASSESSMENT_CLASSES: readonly AssessmentClass[] = [
  'dutyIndicated',
  'dutyDependsOnCircumstances',
  'noDutyStartingPoint',
  'concreteJudgement',
  'notApplicable',
];

export type Perspective = 'receiving' | 'current';

export interface Note {
  id: string;
  /** Classes the note applies to; absent means every class but notApplicable. */
  classes?: AssessmentClass[];
  when?: Logic;
  /** Perspectives for which the note leads the list. */
  leadsFor: Perspective[];
  citations: Citation[];
  cites?: string[];
  /** True where the wording shown predates a later change in the law. */
  datedWording?: boolean;
}

/** The project's reading of which example gives way where two match and the source is silent. */
export interface Precedence {
  id: string;
  prevails: string[];
  setsAside: string[];
  /** Extra condition over facts; absent means always. */
  when?: Logic;
  basis: 'projectReading' | 'source';
}

export interface RuleBaseStatus {
  version: string;
  /** The day the law wording shown entered into force. */
  legalBasisFrom: string;
  /** The day the pinned law text was last compared with a public copy. */
  legalBasisCheckedOn: string;
  /** From this day the wording shown is known not to be the one in force (a later amendment). */
  knownLaterChangeFrom?: string;
  retsinformationHref: string;
  cites: string[];
}

export interface ScopeFile {
  conditions: Condition[];
  cites: string[];
  citations: Citation[];
}

export interface FactsFile {
  facts: Fact[];
  /** Asked last; "yes" or "don't know" turns a starting point of no duty into a concrete judgement. */
  otherCircumstancesFact: FactId;
}

/** The rule files as read from `rules/`, before compilation. Validation happens at build and test time. */
export interface RuleFiles {
  facts: FactsFile;
  scope: ScopeFile;
  /** Guiding examples and situations without one (rules/examples and rules/gaps). */
  examples: Example[];
  notes: Note[];
  precedence: { precedence: Precedence[] };
  judgements: { judgements: UnformalisedJudgement[] };
  status: RuleBaseStatus;
  /** Checkbox questions that settle several facts at once (rules/reasons.json); absent means none. */
  reasons?: ReasonsFile;
}

export type ExampleState = 'matched' | 'notMatched' | 'open' | 'setAside';

export interface DecidingAnswer {
  fact: FactId;
  /** The answers to `fact` under which the open condition would hold. */
  values: AnswerValue[];
}

export interface ExampleStatus {
  id: string;
  kind: ExampleKind;
  state: ExampleState;
  /** Conditions that do not hold on the answers given. */
  failedConditions: string[];
  /** Facts in the failed conditions. */
  failedFacts: FactId[];
  /** For an open example: which answers would make each open condition hold. */
  decidingAnswers: DecidingAnswer[];
  /** For a set-aside example: the precedence entry and the example that prevailed. */
  setAsideBy?: { precedence: string; example: string };
  /** True when no answer to its open facts could change the class (so they were not asked). */
  cannotChangeClass: boolean;
}

export interface JudgementUse {
  id: string;
  /** The caseworker's answer, for a judgement asked as a question. */
  answer?: AnswerValue;
}

/**
 * A must or depends-on-circumstances example whose circumstance is present in the case but which
 * fails on a qualifying fact (not on the caseworker's judgement): no example settles that
 * circumstance, so no need-not example can be the starting point.
 */
export interface UnsettledCircumstance {
  example: string;
  /** The qualifying conditions that failed. */
  conditions: string[];
  /** The answered facts (not judgements) they failed on. */
  failedFacts: FactId[];
}

export interface Assessment {
  class: AssessmentClass;
  /** True once no relevant question is left unanswered. */
  complete: boolean;
  examples: ExampleStatus[];
  /** Circumstances in the case that no example settles; non-empty makes a need-not result a concrete judgement. */
  unsettledCircumstances: UnsettledCircumstance[];
  judgements: JudgementUse[];
  notes: string[];
  nextFact: FactId | null;
  /** Relevant facts in asking order, answered or not. */
  relevantFacts: FactId[];
  /** Answers given that no longer apply after an earlier answer changed. */
  irrelevantAnswers: FactId[];
  /** Relevant facts unanswered or answered "don't know". */
  openFacts: FactId[];
  /** Relevant facts not asked because no answer could change the class. */
  skippedFacts: FactId[];
  /** Facts settled by a checkbox question rather than asked (rules/reasons.json), with the option that settled them. */
  impliedAnswers: Record<FactId, { value: AnswerValue; by: FactId }>;
}

/**
 * One option of a checkbox question: ticked means `given` (when present; otherwise its facts are
 * asked as follow-ups), not ticked means `notGiven`: the reason was not given, so those facts
 * count as answered that way.
 */
export interface ReasonOption {
  id: FactId;
  given?: Record<FactId, AnswerValue>;
  notGiven: Record<FactId, AnswerValue>;
}

/** A "select all that apply" question, asked as one page where `askedBefore` stands in asking order. */
export interface ReasonGroup {
  id: string;
  askedBefore: FactId;
  cites: string[];
  options: ReasonOption[];
}

export interface ReasonsFile {
  groups: ReasonGroup[];
}
