/**
 * Asks the app's own origin which rule-base version is published now. The file is never
 * precached and never taken from the HTTP cache, so an answer is always the server's; offline,
 * the question simply goes unanswered.
 */
export async function publishedRuleBaseVersion(fetcher: typeof fetch = fetch): Promise<string | null> {
  try {
    const response = await fetcher(new URL('rule-base-version.json', document.baseURI), { cache: 'no-store' });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    const version = (body as { version?: unknown } | null)?.version;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}
