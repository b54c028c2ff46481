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

/**
 * The app's address from a host's `app-href`, resolved against the host page: only an `http(s)`
 * address (absolute or relative) can become a link. Anything else (`javascript:`, `data:`, a
 * malformed URL) gives a console warning and no links; the view itself still shows.
 */
export function appAddress(href: string | null, base: string): string | null {
  if (href === null || href.trim() === '') return null;
  let url: URL | null = null;
  try {
    url = new URL(href, base);
  } catch {
    // reported below
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return url.href;
  console.warn(`§ 18-guiden: app-href "${href.slice(0, 200)}" is not an http(s) address; the case links are left out.`);
  return null;
}
