/**
 * `?mode=presenter&case=<id>` resolved against `base`: the app's own page (index.html, or the
 * offline file, which reads its query the same way), so the link works wherever the app is hosted.
 */
export function presenterUrl(base: string, caseId: string | null): string {
  const query = new URLSearchParams({ mode: 'presenter' });
  if (caseId !== null) query.set('case', caseId);
  return new URL(`?${query}`, base).href;
}
