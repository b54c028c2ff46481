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
} as const;

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
