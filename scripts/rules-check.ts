import { validateRules } from './lib/validate-rules';

/** `npm run rules:check`: what a legal editor runs after changing a rule file (the build runs the same check). */
const problems = validateRules();
for (const problem of problems) console.error(`${problem.file}: ${problem.message}`);
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in the rule files.`);
  process.exit(1);
}
console.log(
  'Rule files are valid: schema, no key twice, JSON-Logic allow-list and shapes, fact ids and values, no rule always true or false, no precedence ring, citations, whole-sentence quotes and locale texts all check out.',
);
