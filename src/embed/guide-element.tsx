import { render } from 'preact';
import type { RuleBase } from '../engine/rule-base';
import { Guide } from '../ui/guide';
import { printOnly } from './print-isolation';
import { sessionStore } from './session-store';
import { EmbeddedPaperwork } from './embedded-paperwork';
import { PresenterSlot } from './presenter-slot';
import { headingLevelOf, languageOf, shadowMountPoint, sheetOf, unmount } from './shadow-host';

export const ELEMENT_NAME = 'paragraf18-guiden';
const STORAGE_PREFIX = 'paragraf18-guiden:';

/**
 * `<paragraf18-guiden>`: the guide in an open shadow root, so the host's CSS cannot reach in and
 * ours cannot leak out. Attributes:
 * - `lang`: the language to start in (`da`, the default, or `en`);
 * - `heading-level`: the level of the guide's title in the host's outline (1–6, default 2);
 * - `start-state`: an encoded walk to start from (the app's link fragment), when nothing is saved;
 * - `mode="presenter"` (with `case`): the presenter view, when the host has loaded its module;
 * - `storage-key`: names the saved walk; defaults to the element's `id`, else its position among
 *   the guides on the page, so several guides on one page keep apart.
 * The walk is kept in sessionStorage for this tab only: never localStorage, never a cookie.
 */
export function defineGuideElement(ruleBase: RuleBase, css: string): void {
  if (customElements.get(ELEMENT_NAME)) return;
  const sheet = sheetOf(css);

  class GuideElement extends HTMLElement {
    private mountPoint: HTMLElement | null = null;

    connectedCallback(): void {
      if (this.mountPoint) return;
      this.mountPoint = shadowMountPoint(this, [sheet]);
      if (this.getAttribute('mode') === 'presenter') {
        render(<PresenterSlot language={languageOf(this)} caseId={this.getAttribute('case')} headingLevel={headingLevelOf(this, 2)} />, this.mountPoint);
        return;
      }
      const store = sessionStore(STORAGE_PREFIX + this.storageKey());
      if (store.read() === null) {
        const start = this.getAttribute('start-state');
        if (start) store.write(start.replace(/^#/, ''));
      }
      render(
        <Guide
          ruleBase={ruleBase}
          store={store}
          language={languageOf(this)}
          headingLevel={headingLevelOf(this, 2)}
          environment={{ print: () => printOnly(this) }}
          resultExtras={EmbeddedPaperwork}
        />,
        this.mountPoint,
      );
    }

    disconnectedCallback(): void {
      this.mountPoint = unmount(this.mountPoint);
    }

    private storageKey(): string {
      const named = this.getAttribute('storage-key') ?? this.id;
      if (named) return named;
      return String([...document.querySelectorAll(ELEMENT_NAME)].indexOf(this));
    }
  }

  customElements.define(ELEMENT_NAME, GuideElement);
}
