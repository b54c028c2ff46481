import type { RuleBase } from '../engine/rule-base';
import type { Citation } from '../engine/types';

/**
 * The passages the paperwork templates rest on, by the rule base's own ids. Named once here so a
 * test can prove each still exists: a renamed citation must fail loudly, not leave a sentence
 * without its source.
 */
export const CITATIONS = {
  section18Stk1: 'il18stk1',
  section18Stk2: 'il18stk2',
  section18Stk3: 'il18stk3',
  reasonsRequired: 'fvl22',
  discretionary: 'seedDiscretionary',
  notAnswerKey: 'seedNotAnswerKey',
  mayAlwaysChoose: 'seedMayAlwaysChoose',
  noNeedToHaveMoved: 'seedNoNeedToHaveMoved',
  effectFromMoving: 'seedEffectFromMoving',
  shouldHaveTakenOverAndAdvised: 'seedShouldHaveTakenOverAndAdvised',
  conditionalReadAsRefusal: 'seedConditionalReadAsRefusal',
  obligedIfGrounds: 'seedObligedIfGrounds',
  recommendAdvice: 'seedRecommendAdvice',
  benefitMayBeReduced: 'il32stk1',
  fullBenefitOnReturn: 'il32stk2',
  movingCostsOnlyWithApproval: 'il39stk4',
  movingHelpStk1: 'il39stk1',
  programmeRenamed: 'lov1654par3nr1',
  contractWithinOneMonth: 'seedContractWithinOneMonth',
} as const;

/**
 * Passages only the paperwork quotes, so they are not in the rule base: the study's margin note on
 * the new contract (§ 19 itself is not among the pinned sources). A test checks each against the
 * pinned copy of the source, as the rule check does for the rule base's own.
 */
export const PAPERWORK_CITATIONS: ReadonlyMap<string, Citation> = new Map(
  [
    {
      id: CITATIONS.contractWithinOneMonth,
      doc: 'ankestyrelsen2019' as const,
      locator: { chapter: '2' },
      quote: 'Kommunen har pligt til at udarbejde integrationskontrakten senest en måned efter, at den har overtaget integrationsansvaret, jf. § 19',
      checkedOn: '2026-12-01',
    },
  ].map((citation) => [citation.id, citation]),
);

/** A passage the paperwork rests on: the rule base's, or one of the paperwork's own. */
export const citationOf = (ruleBase: RuleBase, id: string): Citation | undefined => ruleBase.citations.get(id) ?? PAPERWORK_CITATIONS.get(id);

/** Notes whose locale text is the guide's own paraphrase, where no verbatim passage exists. */
export const NOTES = {
  /** Forvaltningsloven §§ 24–25 in the guide's words; the appeal body and deadline are not in the sources. */
  refusalNeedsReasons: 'refusalNeedsReasons',
  /** The flag on wording from before the 2025 reform (§§ 32 and 39). */
  movingWithoutApproval: 'movingWithoutApproval',
  /** Raised when housing is: the engine attaches it exactly when § 18, stk. 3 becomes a question. */
  housingDuty: 'housingDutyOnlyInVerySpecialCircumstances',
  conditionalTakeoverIsRefusal: 'conditionalTakeoverIsRefusal',
  /** Applies while the person has not yet moved: the takeover then takes effect on moving. */
  takeoverTakesEffectOnMoving: 'takeoverTakesEffectOnMoving',
} as const;
