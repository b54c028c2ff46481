import { DEFAULT_LANGUAGE, type Language } from '../i18n/resources';

/**
 * `?mode=presenter&case=<id>` resolved against `base`: the app's own page (index.html, or the
 * offline file, which reads its query the same way), so the link works wherever the app is hosted.
 * A language other than Danish travels as `lang`, so a link pasted in an English webinar's chat
 * opens in English.
 */
export function presenterUrl(base: string, caseId: string | null, language: Language = DEFAULT_LANGUAGE): string {
  const query = new URLSearchParams({ mode: 'presenter' });
  if (caseId !== null) query.set('case', caseId);
  if (language !== DEFAULT_LANGUAGE) query.set('lang', language);
  return new URL(`?${query}`, base).href;
}
