import type { Plugin } from 'vite';
import { ruleBaseHashProblem } from './rule-base-hash.ts';
import { validateRules } from './validate-rules.ts';

/**
 * Validates the rule files when a bundle is built, so a malformed rule never ships and the bundle
 * itself carries no validator; and stops a build whose rule files changed without a new version.
 */
export function rulesCheck(): Plugin {
  return {
    name: 'paragraf-18-rules-check',
    apply: 'build',
    buildStart() {
      const problems = validateRules();
      if (problems.length > 0) {
        this.error(`The rule files do not validate:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`);
      }
      // The embed's path names the rule base's version: new rules under an old version would reach hosts unannounced.
      const unrecorded = ruleBaseHashProblem();
      if (unrecorded) this.error(unrecorded);
    },
  };
}
