import { recordRuleBaseHash } from './lib/rule-base-hash';

/** `npm run rules:hash`: after raising the rule base's version, records the rule files' content hash. */
try {
  console.log(recordRuleBaseHash());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
