import type { Language } from '../i18n/resources';
import { presenterUrl } from '../presenter/case-link-url';

/**
 * `?mode=practice&case=<id>`: the same case opened for self-study, built as the presenter's link
 * is (resolved against the app's page, language as `lang`), so both links work wherever the app
 * or the offline file is opened.
 */
export function practiceUrl(base: string, caseId: string | null, language?: Language): string {
  const url = new URL(presenterUrl(base, caseId, language));
  url.searchParams.set('mode', 'practice');
  return url.href;
}
