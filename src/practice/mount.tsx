import { render } from 'preact';
import { addressMirror } from '../presenter/address-mirror';
import type { RuleBase } from '../engine/rule-base';
import type { Language } from '../i18n/resources';
import { Practice } from './practice';
import { practiceUrl } from './practice-url';
import './practice.css';

export interface MountPracticeOptions {
  ruleBase: RuleBase;
  language: Language;
  caseId: string | null;
  onLanguageChange?(language: Language): void;
}

/**
 * Self-study as the app's page (`?mode=practice&case=<id>`), in the app and in the offline file.
 * The open case and the language are mirrored in the address in place; the answers never are.
 */
export function mountPractice(container: HTMLElement, options: MountPracticeOptions): void {
  const mirror = addressMirror({ caseId: options.caseId, language: options.language }, practiceUrl);
  render(
    <main class="p18-app">
      <Practice
        ruleBase={options.ruleBase}
        language={options.language}
        caseId={options.caseId}
        onLanguageChange={(language) => {
          mirror({ language });
          options.onLanguageChange?.(language);
        }}
        onCaseChange={(caseId) => mirror({ caseId })}
      />
    </main>,
    container,
  );
}
