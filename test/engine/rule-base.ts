import { compileRuleBase } from '../../src/engine/rule-base';
import { readRuleFiles } from '../../scripts/lib/read-rule-files';
import { readScenario, scenarioFiles } from '../../scripts/lib/scenarios';

/** The rule base as read from disk, the way the command line reads it. */
export const ruleBase = compileRuleBase(readRuleFiles());
export const scenarios = scenarioFiles().map((file) => readScenario(file, ruleBase));
