import { render } from 'preact';
import type { RuleBase } from '../engine/rule-base';
import type { Language } from '../i18n/resources';
import { translator } from '../i18n/translator';
import { ReviewCopy } from './review-copy';
import './review.css';

const titleIn = (language: Language) => translator(language).t('review:title');

export interface MountReviewOptions {
  ruleBase: RuleBase;
  language: Language;
  guideHref?: string;
}

/**
 * The review copy as the app's page (`?mode=regelgrundlag`). The language is mirrored in the
 * address bar in place, so a reload or a copied address opens the same copy.
 */
export function mountReview(container: HTMLElement, { ruleBase, language, guideHref }: MountReviewOptions): void {
  const showLanguage = (next: Language) => {
    document.documentElement.lang = next;
    document.title = titleIn(next);
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url.href);
  };
  document.documentElement.lang = language;
  document.title = titleIn(language);
  render(
    <main class="p18-app">
      <ReviewCopy ruleBase={ruleBase} language={language} guideHref={guideHref} onLanguageChange={showLanguage} />
    </main>,
    container,
  );
}
