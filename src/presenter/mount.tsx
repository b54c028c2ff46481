import { render } from 'preact';
import type { RuleBase } from '../engine/rule-base';
import type { Language } from '../i18n/resources';
import { presenterUrl } from './case-link-url';
import { Presenter } from './presenter';
import './presenter.css';

export interface MountPresenterOptions {
  ruleBase: RuleBase;
  language: Language;
  caseId: string | null;
  headingLevel?: number;
  onLanguageChange?(language: Language): void;
}

/**
 * The presenter view as the app's page (`?mode=presenter&case=<id>`). The open case is mirrored in
 * the address bar in place (no history entry per case), so a reload or a copied address reopens it.
 */
export function mountPresenter(container: HTMLElement, options: MountPresenterOptions): void {
  const { ruleBase, language, caseId, headingLevel, onLanguageChange } = options;
  render(
    <main class="p18-app">
      <Presenter
        ruleBase={ruleBase}
        language={language}
        caseId={caseId}
        headingLevel={headingLevel}
        onLanguageChange={onLanguageChange}
        onCaseChange={(id) => history.replaceState(history.state, '', presenterUrl(location.href, id))}
        caseLink={(id) => presenterUrl(location.href, id)}
      />
    </main>,
    container,
  );
}
