import { render } from 'preact';
import { assess } from '../../../src/engine/assess';
import type { Answers, Perspective } from '../../../src/engine/types';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../src/i18n/resources';
import { translator } from '../../../src/i18n/translator';
import { TranslatorContext } from '../../../src/i18n/use-t';
import { Paperwork } from '../../../src/paperwork';
import { ruleBase } from '../../../src/rules/rule-base';
import { CaseNote } from '../../../src/ui/case-note/case-note';
import { RuleBaseContext } from '../../../src/ui/rule-base-context';
import '../../../src/ui/styles/guide.css';
import '../../../src/paperwork/paperwork.css';

/**
 * A host page for the paperwork browser test: the module mounted the way the result page will
 * mount it, beside the case note inside `.p18-page--result`, for the scenario and language named
 * in the query (`?scenario=threats&lang=en`).
 */
interface Scenario {
  id: string;
  perspective?: Perspective;
  answers: Answers;
}
const files = import.meta.glob<Scenario>('../../../rules/scenarios/*.json', { eager: true, import: 'default' });
const params = new URLSearchParams(location.search);
const scenario = Object.values(files).find((s) => s.id === params.get('scenario'))!;
const lang = params.get('lang');
const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
const assessment = assess(ruleBase, scenario.answers);
const perspective = scenario.perspective ?? 'receiving';
document.documentElement.lang = language;

render(
  <main>
    <RuleBaseContext.Provider value={ruleBase}>
      <TranslatorContext.Provider value={translator(language)}>
        <div class="p18" lang={language}>
          <h1>{translator(language).t('ui:app.title')}</h1>
          <div class="p18-page p18-page--result">
            <h2>{translator(language).t(`rules:classes.${assessment.class}.title`)}</h2>
            <CaseNote perspective={perspective} answers={scenario.answers} assessment={assessment} />
            <Paperwork ruleBase={ruleBase} assessment={assessment} answers={scenario.answers} perspective={perspective} />
          </div>
        </div>
      </TranslatorContext.Provider>
    </RuleBaseContext.Provider>
  </main>,
  document.getElementById('app')!,
);
