import { render } from 'preact';
import { assess } from '../engine/assess';
import type { RuleBase } from '../engine/rule-base';
import { isLanguage } from '../i18n/resources';
import { translator } from '../i18n/translator';
import { TranslatorContext } from '../i18n/use-t';
import { EnvironmentContext, browserEnvironment } from '../ui/environment';
import { HeadingLevelContext } from '../ui/heading';
import { RuleBaseContext } from '../ui/rule-base-context';
import { PAPERWORK_ELEMENT, type PaperworkInput } from '../embed/embedded-paperwork';
import { printOnly } from '../embed/print-isolation';
import { headingLevelOf, shadowMountPoint, sheetOf } from '../embed/shadow-host';
import { Paperwork } from './view/paperwork';
import { readJudgementNotes } from './judgement-notes';

/**
 * `<paragraf18-papirarbejde>`: the paperwork module for an embed. The guide element places it on
 * its result page and sets `input`; it assesses the answers with this module's own engine, and
 * refuses to when the guide runs another rule-base version, so one result never mixes two.
 */
export function definePaperworkElement(ruleBase: RuleBase, css: string): void {
  if (customElements.get(PAPERWORK_ELEMENT)) return;
  const sheet = sheetOf(css);

  class PaperworkElement extends HTMLElement {
    static observedAttributes = ['lang', 'heading-level'];
    private mountPoint: HTMLElement | null = null;
    private current: PaperworkInput | null = null;

    set input(value: PaperworkInput) {
      this.current = value;
      this.update();
    }

    connectedCallback(): void {
      this.mountPoint ??= shadowMountPoint(this, [sheet]);
      this.update();
    }

    attributeChangedCallback(): void {
      this.update();
    }

    disconnectedCallback(): void {
      if (this.mountPoint) render(null, this.mountPoint);
    }

    private update(): void {
      if (!this.mountPoint || !this.current) return;
      const lang = this.getAttribute('lang');
      const language = isLanguage(lang) ? lang : 'da';
      const { answers, perspective, ruleBaseVersion, judgementNotes } = this.current;
      if (ruleBaseVersion !== ruleBase.files.status.version) {
        render(<p class="p18">{translator(language).t('paperwork:module.versionMismatch', { guide: ruleBaseVersion, module: ruleBase.files.status.version })}</p>, this.mountPoint);
        return;
      }
      const guideHost = (this.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
      const print = () => {
        // The guide's print sheet hides its result page but for the case note; this mark lets the paperwork through.
        this.setAttribute('data-printing', '');
        try {
          printOnly(guideHost ?? this);
        } finally {
          this.removeAttribute('data-printing');
        }
      };
      render(
        <RuleBaseContext.Provider value={ruleBase}>
          <TranslatorContext.Provider value={translator(language)}>
            <EnvironmentContext.Provider value={{ ...browserEnvironment, print }}>
              <HeadingLevelContext.Provider value={headingLevelOf(this, 3) - 2}>
                <div class="p18 p18-paperwork-module" lang={language}>
                  <div class="p18-page p18-page--result">
                    <Paperwork ruleBase={ruleBase} assessment={assess(ruleBase, answers)} answers={answers} perspective={perspective} judgementNotes={readJudgementNotes(judgementNotes)} />
                  </div>
                </div>
              </HeadingLevelContext.Provider>
            </EnvironmentContext.Provider>
          </TranslatorContext.Provider>
        </RuleBaseContext.Provider>,
        this.mountPoint,
      );
    }
  }

  customElements.define(PAPERWORK_ELEMENT, PaperworkElement);
}
