import { validateRules } from './lib/validate-rules';

/** `npm run rules:check`: what a legal editor runs after changing a rule file. */
const problems = validateRules();
for (const problem of problems) console.error(`${problem.file}: ${problem.message}`);
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in the rule files.`);
  process.exit(1);
}
console.log('Rule files are valid: schema, JSON-Logic allow-list, fact ids, citations, quotes and locale texts all check out.');
