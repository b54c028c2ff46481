import { compileRuleBase } from '../engine/rule-base';
import { ruleFiles } from './rule-files';

/** The one compiled rule base the app uses. */
export const ruleBase = compileRuleBase(ruleFiles);
