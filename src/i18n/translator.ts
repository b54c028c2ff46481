import { createInstance } from 'i18next';
import { NAMESPACES, resources, type Language } from './resources';

export type Options = Record<string, string | number>;

/** The one translation call components use: `ns:key.path`, plus interpolation values. */
export type T = (key: string, options?: Options) => string;

export interface Translator {
  language: Language;
  t: T;
  /** True when the key has a text (for optional texts such as a hint a fact may lack). */
  has: (key: string) => boolean;
}

const cache = new Map<Language, Translator>();

/**
 * One i18next instance per language, created synchronously from the bundled resources. An own
 * instance (not the global) so two widgets on one page, in two languages, cannot clash.
 */
export function translator(language: Language): Translator {
  const cached = cache.get(language);
  if (cached) return cached;
  const i18n = createInstance();
  i18n.init({
    initAsync: false,
    lng: language,
    fallbackLng: false,
    resources,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    // Preact escapes text; escaping here as well would show entities to the reader.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const made: Translator = {
    language,
    t: (key, options) => i18n.t(key, options) as string,
    has: (key) => i18n.exists(key),
  };
  cache.set(language, made);
  return made;
}
