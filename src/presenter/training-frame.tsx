import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { RuleBase } from '../engine/rule-base';
import type { Language } from '../i18n/resources';
import { translator } from '../i18n/translator';
import { TranslatorContext } from '../i18n/use-t';
import { browserEnvironment, EnvironmentContext, type Environment } from '../ui/environment';
import { HeadingLevelContext } from '../ui/heading';
import { RuleBaseContext } from '../ui/rule-base-context';

/** What a host tells a training view (the presenter, self-study) and what it hears back. */
export interface TrainingViewProps {
  ruleBase: RuleBase;
  language?: Language;
  /** The case to open; null (or an id no case has) opens the case list. */
  caseId: string | null;
  /** Level of the view's top heading in the host page's outline. */
  headingLevel?: number;
  /** Told after every language switch (the app sets `<html lang>` from it). */
  onLanguageChange?(language: Language): void;
  /** Told when a case is opened or the list shown (the app mirrors it in its address). */
  onCaseChange?(caseId: string | null): void;
}

/** A prefix for the view's element ids, unique on the page and valid in a CSS selector. */
export const useIdPrefix = (view: string): string => `p18${view}${useId().replace(/[^A-Za-z0-9]/g, '')}`;

/**
 * Tells the host of each language and of each case change – not of the case it opened the view
 * on (or the broken link it should keep).
 */
export function useHostNotices(language: Language, caseId: string | null, props: Pick<TrainingViewProps, 'onLanguageChange' | 'onCaseChange'>): void {
  useEffect(() => props.onLanguageChange?.(language), [language]);
  const firstCase = useRef(true);
  useEffect(() => {
    if (firstCase.current) firstCase.current = false;
    else props.onCaseChange?.(caseId);
  }, [caseId]);
}

interface TrainingContextsProps {
  ruleBase: RuleBase;
  language: Language;
  headingLevel?: number;
  environment?: Partial<Environment>;
  children: ComponentChildren;
}

/** The contexts the guide's own components read: rule base, texts, environment, heading level. */
export function TrainingContexts({ ruleBase, language, headingLevel = 1, environment, children }: TrainingContextsProps) {
  return (
    <RuleBaseContext.Provider value={ruleBase}>
      <TranslatorContext.Provider value={translator(language)}>
        <EnvironmentContext.Provider value={environment ? { ...browserEnvironment, ...environment } : browserEnvironment}>
          <HeadingLevelContext.Provider value={headingLevel}>{children}</HeadingLevelContext.Provider>
        </EnvironmentContext.Provider>
      </TranslatorContext.Provider>
    </RuleBaseContext.Provider>
  );
}
