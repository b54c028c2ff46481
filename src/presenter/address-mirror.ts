import type { Language } from '../i18n/resources';

interface Shown {
  caseId: string | null;
  language: Language;
}

/**
 * Mirrors a training view's open case and language in the address bar, in place: no history
 * entry per step, yet a reload or a copied address reopens the same case. Answers never go there.
 */
export function addressMirror(initial: Shown, urlFor: (href: string, caseId: string | null, language: Language) => string) {
  let shown = initial;
  return (next: Partial<Shown>) => {
    const changed = { ...shown, ...next };
    if (changed.caseId !== shown.caseId || changed.language !== shown.language) {
      history.replaceState(history.state, '', urlFor(location.href, changed.caseId, changed.language));
    }
    shown = changed;
  };
}
