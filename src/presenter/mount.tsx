import { render } from 'preact';
import { addressMirror } from './address-mirror';
import type { RuleBase } from '../engine/rule-base';
import type { Language } from '../i18n/resources';
import { practiceUrl } from '../practice/practice-url';
import { presenterUrl } from './case-link-url';
import { Presenter } from './presenter';
import './presenter.css';
// The app shows both languages (the embed's presenter gets English from the English module).
import './texts-en';

export interface MountPresenterOptions {
  ruleBase: RuleBase;
  language: Language;
  caseId: string | null;
  headingLevel?: number;
  onLanguageChange?(language: Language): void;
}

/**
 * The presenter view as the app's page (`?mode=presenter&case=<id>`). The open case and the
 * language are mirrored in the address bar in place (no history entry per step), so a reload or
 * a copied address reopens the same case.
 */
export function mountPresenter(container: HTMLElement, options: MountPresenterOptions): void {
  const { ruleBase, headingLevel, onLanguageChange } = options;
  const mirror = addressMirror({ caseId: options.caseId, language: options.language }, presenterUrl);
  render(
    <main class="p18-app">
      <Presenter
        ruleBase={ruleBase}
        language={options.language}
        caseId={options.caseId}
        headingLevel={headingLevel}
        onLanguageChange={(language) => {
          mirror({ language });
          onLanguageChange?.(language);
        }}
        onCaseChange={(caseId) => mirror({ caseId })}
        caseLink={(caseId, language) => presenterUrl(location.href, caseId, language)}
        practiceLink={(caseId, language) => practiceUrl(location.href, caseId, language)}
      />
    </main>,
    container,
  );
}
