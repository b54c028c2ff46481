import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import type { RuleBase } from '../engine/rule-base';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/resources';
import { translator } from '../i18n/translator';
import { TranslatorContext } from '../i18n/use-t';
import { browserEnvironment, EnvironmentContext, type Environment } from './environment';
import { WalkFrame } from './walk-frame';
import { FocusRequestContext, HeadingLevelContext } from './heading';
import { RuleBaseContext } from './rule-base-context';
import type { StateStore } from './state/state-store';
import { useWalk } from './use-walk';
import type { ComponentType } from 'preact';
import { ResultExtrasContext, type ResultExtraProps } from './result/result-extras';
import { JudgementNotesProvider } from './judgement-basis/context';

export interface GuideProps {
  ruleBase: RuleBase;
  /** Where the walk is mirrored: the URL fragment in the app, session storage or memory in an embed. */
  store: StateStore;
  /** The language to start in when the stored state names none. */
  language?: Language;
  /** Level of the guide's title heading; its pages and sections nest below it. */
  headingLevel?: number;
  environment?: Partial<Environment>;
  /** Told after every language switch (the app sets `<html lang>` from it). */
  onLanguageChange?(language: Language): void;
  /** Optional parts of the result page, such as the paperwork, supplied by the app or embed. */
  resultExtras?: ComponentType<ResultExtraProps> | null;
  /** No title bar, status line folded: for hosts that give the guide their own heading. */
  minimal?: boolean;
}

/**
 * The whole questionnaire as one component, with everything it needs passed in, so the app and
 * an embed mount the same thing.
 */
export function Guide({ ruleBase, store, language = DEFAULT_LANGUAGE, headingLevel = 1, environment, onLanguageChange, resultExtras = null, minimal = false }: GuideProps) {
  const walk = useWalk(ruleBase, store, language);
  const idPrefix = `p18${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  useEffect(() => onLanguageChange?.(walk.language), [walk.language]);
  // A host that changes the language after mount (its own language switch) is followed; the answers stay.
  const askedLanguage = useRef(language);
  useEffect(() => {
    if (language === askedLanguage.current) return;
    askedLanguage.current = language;
    if (language !== walk.language) walk.switchLanguage(language);
  }, [language]);
  // One value until the store or the host's environment changes: a new object on every step would
  // render every part that reads it again.
  const environmentValue = useMemo(
    () => ({ ...browserEnvironment, shareableLink: () => store.shareableLink?.() ?? null, ...environment }),
    [store, environment],
  );
  return (
    <RuleBaseContext.Provider value={ruleBase}>
      <TranslatorContext.Provider value={translator(walk.language)}>
        <EnvironmentContext.Provider value={environmentValue}>
          <HeadingLevelContext.Provider value={headingLevel}>
            <FocusRequestContext.Provider value={walk.focusRequest}>
              <ResultExtrasContext.Provider value={resultExtras}>
                <JudgementNotesProvider ruleBase={ruleBase} slot={store.judgementNotes} answers={walk.walk.answers}>
                  <WalkFrame walk={walk} idPrefix={idPrefix} minimal={minimal} />
                </JudgementNotesProvider>
              </ResultExtrasContext.Provider>
            </FocusRequestContext.Provider>
          </HeadingLevelContext.Provider>
        </EnvironmentContext.Provider>
      </TranslatorContext.Provider>
    </RuleBaseContext.Provider>
  );
}
