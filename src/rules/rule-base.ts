import { compileRuleBaseOnFirstUse } from '../engine/rule-base';
import { ruleFiles } from './rule-files';

/** The one rule base the app uses, compiled the first time a question or result needs it. */
export const ruleBase = compileRuleBaseOnFirstUse(ruleFiles);
