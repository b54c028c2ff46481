import { assess } from '../src/engine/assess';
import { compileRuleBase } from '../src/engine/rule-base';
import { readRuleFiles, readJson } from './lib/read-rule-files';
import { InputError, checkAnswers, mismatches, readScenario, scenarioFiles } from './lib/scenarios';
import { validateRules } from './lib/validate-rules';

/**
 * `npm run assess -- file.json` prints the assessment of one set of answers (a scenario file, or
 * an object of answers keyed by fact id). `npm run assess -- --all` checks every scenario file
 * against its expectation and exits non-zero on any mismatch.
 */
function main(args: string[]): number {
  const problems = validateRules();
  if (problems.length > 0) {
    for (const p of problems) console.error(`${p.file}: ${p.message}`);
    return 1;
  }
  const ruleBase = compileRuleBase(readRuleFiles());
  if (args[0] === '--all') {
    const files = scenarioFiles();
    let failed = 0;
    for (const file of files) {
      const scenario = readScenario(file, ruleBase);
      const found = mismatches(scenario, assess(ruleBase, scenario.answers), ruleBase);
      if (found.length > 0) {
        failed += 1;
        console.log(`FAIL ${scenario.id}: ${found.join('; ')}`);
      } else {
        console.log(`ok   ${scenario.id}`);
      }
    }
    console.log(`${files.length - failed} passed, ${failed} failed`);
    return failed > 0 || files.length === 0 ? 1 : 0;
  }
  if (args.length !== 1) {
    console.error('usage: npm run assess -- <answers-or-scenario.json> | --all');
    return 2;
  }
  const file = args[0];
  let data: unknown;
  try {
    data = readJson(file);
  } catch (error) {
    throw new InputError(`${file}: cannot be read as JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const isScenario = typeof data === 'object' && data !== null && 'answers' in data;
  const answers = isScenario ? readScenario(file, ruleBase).answers : checkAnswers(file, data, ruleBase);
  console.log(JSON.stringify(assess(ruleBase, answers), null, 2));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
