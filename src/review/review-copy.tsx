import './texts';
// The review copy covers both languages' rule texts (its content hash reads them): English with it.
import '../i18n/english';
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { RuleBase } from '../engine/rule-base';
import { DEFAULT_LANGUAGE, resources, type Language } from '../i18n/resources';
import { translator } from '../i18n/translator';
import { TranslatorContext, useT } from '../i18n/use-t';
import { browserEnvironment, type Environment } from '../ui/environment';
import { Heading } from '../ui/heading';
import { LanguageSwitch } from '../ui/language-switch';
import { RuleBaseContext, useRuleBase } from '../ui/rule-base-context';
import { formatDate } from '../ui/dates';
import { contentHash } from './content-hash';
import type { CoverageFile } from './coverage';
import { CoverageSection } from './coverage-section';
import { COVERAGE, SCENARIOS, SOURCES, type SourceDocument } from './data';
import { JudgementsSection, NotesSection, QuestionsSection, ScopeSection } from './reference-sections';
import { RuleSection, ruleAnchor } from './rule-section';
import { examplesTestedBy, runScenario, type ScenarioFile, type ScenarioRun } from './scenario-check';
import { ScenarioTable } from './scenario-table';
import { SignOff } from './sign-off';
import { StatusSection } from './status-section';

export interface ReviewCopyProps {
  ruleBase: RuleBase;
  language?: Language;
  /** The guide's own address, for the link back; none where the copy stands alone. */
  guideHref?: string;
  onLanguageChange?(language: Language): void;
  environment?: Partial<Pick<Environment, 'now' | 'print'>>;
  /** The files shown beside the rule base; the shipped ones unless a test brings its own. */
  scenarios?: readonly ScenarioFile[];
  coverage?: readonly CoverageFile[];
  sources?: readonly SourceDocument[];
}

/**
 * "Regelgrundlaget": the whole rule base as one document for the jurist who signs it off, built
 * from the rule files, the texts and the scenarios each time it is opened. Scenario results come
 * from running the engine this page carries, so a broken rule shows as a failing row here.
 */
export function ReviewCopy(props: ReviewCopyProps) {
  const { ruleBase, scenarios = SCENARIOS, coverage = COVERAGE, sources = SOURCES } = props;
  const [language, setLanguage] = useState<Language>(props.language ?? DEFAULT_LANGUAGE);
  const environment = { ...browserEnvironment, ...props.environment };
  const runs = useMemo(() => scenarios.map((scenario) => runScenario(ruleBase, scenario)), [ruleBase, scenarios]);
  const hash = useMemo(
    () => contentHash({ rules: ruleBase.files, texts: { da: resources.da.rules, en: resources.en.rules }, scenarios, coverage, sources }),
    [ruleBase, scenarios, coverage, sources],
  );
  const generated = useMemo(() => environment.now(), []);
  const switchTo = (next: Language) => {
    setLanguage(next);
    props.onLanguageChange?.(next);
  };
  return (
    <RuleBaseContext.Provider value={ruleBase}>
      <TranslatorContext.Provider value={translator(language)}>
        <ReviewDocument runs={runs} hash={hash} generated={generated} coverage={coverage} sources={sources} guideHref={props.guideHref} onLanguageSwitch={switchTo} print={environment.print} />
      </TranslatorContext.Provider>
    </RuleBaseContext.Provider>
  );
}

interface ReviewDocumentProps {
  runs: readonly ScenarioRun[];
  hash: string;
  generated: Date;
  coverage: readonly CoverageFile[];
  sources: readonly SourceDocument[];
  guideHref?: string;
  onLanguageSwitch(language: Language): void;
  print(): void;
}

const SECTION_IDS = ['scope', 'examples', 'gaps', 'otherScenarios', 'notes', 'judgements', 'questions', 'coverage', 'status', 'signOff'] as const;
type SectionId = (typeof SECTION_IDS)[number];
const sectionAnchor = (id: SectionId) => `afsnit-${id}`;

function ReviewDocument({ runs, hash, generated, coverage, sources, guideHref, onLanguageSwitch, print }: ReviewDocumentProps) {
  const { t, language } = useT();
  const ruleBase = useRuleBase();
  const examples = ruleBase.examples.filter((e) => e.kind !== 'noGuidingExample');
  const gaps = ruleBase.examples.filter((e) => e.kind === 'noGuidingExample');
  const runsFor = (id: string) => runs.filter((run) => examplesTestedBy(run.scenario).has(id));
  const otherRuns = runs.filter((run) => ![...examplesTestedBy(run.scenario)].some((id) => ruleBase.exampleById.has(id)));
  const failing = runs.filter((run) => !run.passes).length;
  const version = ruleBase.files.status.version;
  const section = (id: SectionId, children: ComponentChildren, pageBreak = false) => (
    <section class={pageBreak ? 'p18-review__section p18-review__section--break' : 'p18-review__section'} id={sectionAnchor(id)} aria-labelledby={`${sectionAnchor(id)}-title`}>
      <Heading depth={1} id={`${sectionAnchor(id)}-title`}>
        {t(`review:sections.${id}`)}
      </Heading>
      {children}
    </section>
  );
  const ruleTitle = (id: string) => t(`rules:examples.${id}.title`);
  return (
    <div class="p18 p18-review" lang={language}>
      <header class="p18-review__header">
        <p class="p18-review__app-name">{t('review:appName')}</p>
        <Heading depth={0}>{t('review:title')}</Heading>
        <div class="p18-review__actions">
          <button type="button" class="p18-button" onClick={() => print()}>
            {t('review:print')}
          </button>
          {guideHref && (
            <a class="p18-link" href={guideHref}>
              {t('review:backToGuide')}
            </a>
          )}
          <LanguageSwitch onSwitch={onLanguageSwitch} />
        </div>
      </header>
      <p>{t('review:intro')}</p>
      <p class="p18-review__translation">{t('review:translationNote')}</p>
      <p>{t('review:quotesNote')}</p>
      <p class="p18-review__summary">{t('review:summary', { version, hash: hash.slice(0, 16), date: formatDate(language, generated) })}</p>
      <p class={failing > 0 ? 'p18-review__scenario-summary p18-review__scenario-summary--failing' : 'p18-review__scenario-summary'} data-scenario-summary>
        {t('review:summaryScenarios', { passed: runs.length - failing, total: runs.length })}
        {failing > 0 && <> {t('review:summaryFailing', { failing })}</>}
      </p>

      <nav class="p18-review__toc" aria-labelledby="p18-review-toc">
        <Heading depth={1} id="p18-review-toc">
          {t('review:toc')}
        </Heading>
        <ol>
          {SECTION_IDS.map((id) => (
            <li key={id}>
              <a class="p18-link" href={`#${sectionAnchor(id)}`}>
                {t(`review:sections.${id}`)}
              </a>
              {(id === 'examples' || id === 'gaps') && (
                <ol>
                  {(id === 'examples' ? examples : gaps).map((example) => (
                    <li key={example.id}>
                      <a class="p18-link" href={`#${ruleAnchor(example.id)}`}>
                        {ruleTitle(example.id)}
                      </a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>

      {section('scope', <ScopeSection />, true)}
      {section(
        'examples',
        examples.map((example) => <RuleSection key={example.id} example={example} runs={runsFor(example.id)} />),
        true,
      )}
      {section(
        'gaps',
        gaps.map((example) => <RuleSection key={example.id} example={example} runs={runsFor(example.id)} />),
        true,
      )}
      {section('otherScenarios', <ScenarioTable runs={otherRuns} title={t('review:sections.otherScenarios')} focusFacts={ruleBase.scope.flatMap((c) => c.reads)} />, true)}
      {section('notes', <NotesSection />, true)}
      {section('judgements', <JudgementsSection />, true)}
      {section('questions', <QuestionsSection />, true)}
      {section('coverage', <CoverageSection coverage={coverage} sources={sources} />, true)}
      {section('status', <StatusSection sources={sources} />, true)}
      {section('signOff', <SignOff version={version} hash={hash} generated={generated} />, true)}
    </div>
  );
}
