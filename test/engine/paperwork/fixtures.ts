import { assess } from '../../../src/engine/assess';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { translator } from '../../../src/i18n/translator';
import { adviceSheet } from '../../../src/paperwork/advice-sheet';
import { draftReasons } from '../../../src/paperwork/draft-reasons';
import { ruleBase, scenarios } from '../rule-base';

export { LANGUAGES, ruleBase, scenarios, type Language };

/** Every scenario file with its assessment, and its draft in each language. */
export const cases = scenarios.map((scenario) => {
  const assessment = assess(ruleBase, scenario.answers);
  const draft = (language: Language) =>
    draftReasons(ruleBase, assessment, scenario.answers, scenario.perspective, translator(language));
  return { scenario, assessment, draft };
});

export const advice = (language: Language) => adviceSheet(translator(language));
