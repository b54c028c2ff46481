import { render } from 'preact';
import type { RuleBase } from '../engine/rule-base';
import { Guide } from '../ui/guide';
import { memoryStore, type StateStore } from '../ui/state/state-store';
import { printOnly } from './print-isolation';
import { sessionStore } from './session-store';
import { EmbeddedPaperwork, PAPERWORK_ELEMENT } from './embedded-paperwork';
import { PresenterSlot } from './presenter-slot';
import { headingLevelOf, languageOf, shadowMountPoint, sheetOf, unmount } from './shadow-host';
import { isLoaded } from '../i18n/resources';
import { onLanguageLoaded } from '../i18n/translator';

export const ELEMENT_NAME = 'paragraf18-guiden';
const STORAGE_PREFIX = 'paragraf18-guiden:';

/** The saved walks in use on this page, by key: two guides never write to one. */
const keysInUse = new Map<string, HTMLElement>();

/**
 * `<paragraf18-guiden>`: the guide in an open shadow root, so the host's CSS cannot reach in and
 * ours cannot leak out. Attributes:
 * - `lang`: the language (`da`, the default, or `en`, when the host has loaded the English module;
 *   without it the guide is shown in Danish and says so); a change is followed, answers kept;
 * - `heading-level`: the level of the guide's title in the host's outline (1–6, default 2); with
 *   `minimal`, the level of each page's heading;
 * - `minimal`: no title bar and no footer; the status line is folded in at the bottom;
 * - `start-state`: an encoded walk to start from (the app's link fragment), when nothing is saved;
 * - `mode="presenter"` (with `case`): the presenter view, when the host has loaded its module;
 * - `storage-key`: names the saved walk; defaults to the element's `id`, else its position among
 *   the guides on the page when it is first connected.
 * The walk is kept in sessionStorage for this tab only: never localStorage, never a cookie. Its
 * key is chosen once per element, so a host that moves a guide moves its walk with it; a second
 * guide naming a key already in use keeps its walk in memory only and says so in the console.
 */
export function defineGuideElement(ruleBase: RuleBase, css: string): void {
  if (customElements.get(ELEMENT_NAME)) return;
  const sheet = sheetOf(css);

  class GuideElement extends HTMLElement {
    static observedAttributes = ['lang', 'heading-level', 'minimal'];
    private mountPoint: HTMLElement | null = null;
    private store: StateStore | null = null;
    private key: string | null = null;
    private awaitingPaperwork = false;
    private stopListening: (() => void) | null = null;

    connectedCallback(): void {
      // A move (`a.before(b)`) disconnects and reconnects at once: the guide stays as it was.
      if (this.mountPoint) return;
      this.mountPoint = shadowMountPoint(this, [sheet]);
      // The English module, loaded after the guide, brings the switch (and English, when asked).
      this.stopListening ??= onLanguageLoaded(() => this.mountPoint && this.connectedRender());
      // Asked for a language whose module the host's later `<script>` may still bring: module
      // scripts have all run by DOMContentLoaded, so wait for it rather than show Danish first.
      if (!isLoaded(languageOf(this)) && document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.mountPoint && this.connectedRender(), { once: true });
        return;
      }
      this.connectedRender();
    }

    private connectedRender(): void {
      if (this.getAttribute('mode') === 'presenter') {
        render(<PresenterSlot language={languageOf(this)} caseId={this.getAttribute('case')} headingLevel={headingLevelOf(this, 2)} />, this.mountPoint!);
        return;
      }
      this.store ??= this.openStore();
      this.update();
    }

    attributeChangedCallback(): void {
      if (this.mountPoint && this.store) this.update();
    }

    disconnectedCallback(): void {
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.mountPoint = unmount(this.mountPoint);
        this.stopListening?.();
        this.stopListening = null;
        if (this.key !== null && keysInUse.get(this.key) === this) keysInUse.delete(this.key);
      });
    }

    private update(): void {
      const minimal = this.hasAttribute('minimal');
      // The draft button is offered only when the host has loaded the paperwork module; a module
      // that arrives after the guide (script order is the host's) brings the button with it.
      const paperworkLoaded = customElements.get(PAPERWORK_ELEMENT) !== undefined;
      if (!paperworkLoaded && !this.awaitingPaperwork) {
        this.awaitingPaperwork = true;
        void customElements.whenDefined(PAPERWORK_ELEMENT).then(() => this.mountPoint && this.update());
      }
      render(
        <Guide
          ruleBase={ruleBase}
          store={this.store!}
          language={languageOf(this)}
          headingLevel={headingLevelOf(this, 2) - (minimal ? 1 : 0)}
          minimal={minimal}
          environment={{ print: () => printOnly(this) }}
          resultExtras={paperworkLoaded ? EmbeddedPaperwork : null}
        />,
        this.mountPoint!,
      );
    }

    private openStore(): StateStore {
      const key = this.claimKey();
      const store = key === null ? memoryStore() : sessionStore(STORAGE_PREFIX + key);
      if (store.read() === null) {
        const start = this.getAttribute('start-state');
        if (start) store.write(start.replace(/^#/, ''));
      }
      return store;
    }

    /** The key for this element's saved walk, chosen on first connect; null when already in use. */
    private claimKey(): string | null {
      const named = this.getAttribute('storage-key') || this.id;
      if (named) {
        const holder = keysInUse.get(named);
        if (holder && holder !== this && holder.isConnected) {
          console.warn(
            `§ 18-guiden: another <${ELEMENT_NAME}> on this page already keeps its walk under "${named}"; this one keeps its walk in memory only (lost on reload). Give each guide its own id or storage-key.`,
          );
          return null;
        }
        keysInUse.set(named, this);
        return (this.key = named);
      }
      const guides = [...(this.getRootNode() as ParentNode).querySelectorAll(ELEMENT_NAME)];
      let position = Math.max(0, guides.indexOf(this));
      while (keysInUse.has(String(position))) position += 1;
      this.key = String(position);
      keysInUse.set(this.key, this);
      return this.key;
    }
  }

  customElements.define(ELEMENT_NAME, GuideElement);
}
