import type { Plugin } from 'vite';
import { validateRules } from './validate-rules.ts';

/**
 * Validates the rule files when a bundle is built, so a malformed rule never ships and the bundle
 * itself carries no validator.
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
    },
  };
}
