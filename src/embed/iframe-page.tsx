import { render } from 'preact';
import type { RuleBase } from '../engine/rule-base';
import { isLanguage } from '../i18n/resources';
import { Guide } from '../ui/guide';
import { postHeightToParent } from './iframe-height';
import { sessionStore } from './session-store';

/**
 * The page made for an iframe (`index.html?mode=iframe`): the guide alone, its walk kept in the
 * frame's sessionStorage, and its height posted to the host so the frame never scrolls inside.
 * Query options: `lang`, `heading-level`, `storage-key`.
 */
export function mountIframePage(ruleBase: RuleBase, container: HTMLElement, search: URLSearchParams): void {
  const lang = search.get('lang');
  const level = Number(search.get('heading-level'));
  document.documentElement.classList.add('p18-in-frame');
  render(
    <Guide
      ruleBase={ruleBase}
      store={sessionStore(`paragraf18-guiden:iframe:${search.get('storage-key') ?? ''}`)}
      language={isLanguage(lang) ? lang : 'da'}
      headingLevel={Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1}
      onLanguageChange={(language) => (document.documentElement.lang = language)}
    />,
    container,
  );
  postHeightToParent(container);
}
