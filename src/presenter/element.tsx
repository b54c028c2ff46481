import { render } from 'preact';
import type { RuleBase } from '../engine/rule-base';
import { headingLevelOf, languageOf, shadowMountPoint, sheetOf, unmount } from '../embed/shadow-host';
import { onLanguageLoaded } from '../i18n/translator';
import { practiceUrl } from '../practice/practice-url';
import { appAddress, presenterUrl } from './case-link-url';
import { Presenter } from './presenter';

export const PRESENTER_ELEMENT_NAME = 'paragraf18-praesentation';

/**
 * `<paragraf18-praesentation>`: the presenter view in an open shadow root. Attributes:
 * - `lang`: the language to start in (`da`, the default, or `en` when the host has loaded the
 *   English module; it may come after this one, and then brings English and the switch);
 * - `case`: the training case to open (a scenario id); absent or unknown opens the case list;
 * - `heading-level`: the level of the view's top heading in the host's outline (1–6, default 2);
 * - `app-href`: where the app is hosted; when given, each case offers links to open it there, in
 *   presenter view and for self-study.
 * Everything lives in memory: the element reads no storage and never touches the host's URL,
 * focus or globals. A changed attribute is followed without moving focus.
 */
export function definePresenterElement(ruleBase: RuleBase, css: string): void {
  if (customElements.get(PRESENTER_ELEMENT_NAME)) return;
  const sheet = sheetOf(css);

  class PresenterElement extends HTMLElement {
    static observedAttributes = ['lang', 'case', 'heading-level', 'app-href'];
    private mountPoint: HTMLElement | null = null;
    private stopListening: (() => void) | null = null;

    connectedCallback(): void {
      if (this.mountPoint) return;
      this.mountPoint = shadowMountPoint(this, [sheet]);
      this.stopListening = onLanguageLoaded(() => this.mountPoint && this.update());
      this.update();
    }

    attributeChangedCallback(): void {
      if (this.mountPoint) this.update();
    }

    disconnectedCallback(): void {
      this.mountPoint = unmount(this.mountPoint);
      this.stopListening?.();
      this.stopListening = null;
    }

    private update(): void {
      const app = appAddress(this.getAttribute('app-href'), document.baseURI);
      render(
        <Presenter
          ruleBase={ruleBase}
          language={languageOf(this)}
          caseId={this.getAttribute('case') || null}
          headingLevel={headingLevelOf(this, 2)}
          caseLink={app ? (id, language) => presenterUrl(app, id, language) : undefined}
          practiceLink={app ? (id, language) => practiceUrl(app, id, language) : undefined}
        />,
        this.mountPoint!,
      );
    }
  }

  customElements.define(PRESENTER_ELEMENT_NAME, PresenterElement);
}
