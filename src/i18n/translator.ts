import { createInstance } from 'i18next';
import { DEFAULT_LANGUAGE, isLoaded, resources, type Language } from './resources';

export type Options = Record<string, string | number>;

/** The one translation call components use: `ns:key.path`, plus interpolation values. */
export type T = (key: string, options?: Options) => string;

export interface Translator {
  language: Language;
  t: T;
  /** True when the key has a text (for optional texts such as a hint a fact may lack). */
  has: (key: string) => boolean;
  /** Set when the reader asked for a language this page has not loaded (`language` is then Danish). */
  asked?: Language;
}

const cache = new Map<Language, Translator>();
/** Danish standing in for a language not loaded (yet): one object per language, so a context keeps its value. */
const standIns = new Map<Language, Translator>();
const instances = new Map<Language, ReturnType<typeof createInstance>>();

/**
 * Adds an optional module's texts (its own namespace, in the languages given) to the translators
 * that exist and to those made later. Idempotent, so a module may call it on every import.
 */
export function addNamespace(namespace: string, texts: Partial<Record<Language, Record<string, unknown>>>): void {
  for (const language of Object.keys(texts) as Language[]) addTexts(language, { [namespace]: texts[language]! });
}

const listeners = new Set<() => void>();

/**
 * Adds texts of one language, by namespace. When that makes a language whole (the English
 * module, loaded after the guide), the guides on the page are told — after the module that added
 * it has run to its end, so they never render a language whose later namespaces are still coming.
 */
export function addTexts(language: Language, namespaces: Record<string, Record<string, unknown>>): void {
  const wasLoaded = isLoaded(language);
  for (const [namespace, texts] of Object.entries(namespaces)) {
    resources[language][namespace] = texts;
    instances.get(language)?.addResourceBundle(language, namespace, texts, true, true);
  }
  if (!wasLoaded && isLoaded(language)) queueMicrotask(() => listeners.forEach((listener) => listener()));
}

/** Called whenever a language becomes available to show; returns the unsubscribe. */
export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The guide's texts use only plain `{{name}}` values: no plurals, contexts, nesting or formats.
 * For those, i18next's resource store answers directly, a path lookup instead of the full
 * translation pipeline, which on a slow PC costs the first screen tens of milliseconds. Anything
 * else (a missing key, a plural, nesting) goes through `t` as usual.
 */
const VALUE = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** What the store holds at `ns:key.path`, read directly; `null` for a key without a namespace. */
function stored(i18n: ReturnType<typeof createInstance>, language: Language, key: string): unknown {
  const colon = key.indexOf(':');
  return colon < 0 ? null : i18n.getResource(language, key.slice(0, colon), key.slice(colon + 1));
}

function storedText(i18n: ReturnType<typeof createInstance>, language: Language, key: string, options?: Options): string | undefined {
  const text = stored(i18n, language, key);
  if (typeof text !== 'string' || text.includes('$t(')) return undefined;
  if (!text.includes('{{')) return text;
  let complete = true;
  const filled = text.replace(VALUE, (whole, name: string) => {
    const value = options?.[name];
    if (value === undefined) complete = false;
    return value === undefined ? whole : String(value);
  });
  return complete ? filled : undefined;
}

/**
 * One i18next instance per language, created synchronously from the bundled resources. An own
 * instance (not the global) so two widgets on one page, in two languages, cannot clash. A language
 * this page has not loaded (English on a host without the English module) gets the Danish
 * translator: its `language` says what is shown, so every `lang` attribute tells the truth.
 */
export function translator(language: Language): Translator {
  const cached = cache.get(language);
  if (cached) return cached;
  if (!isLoaded(language)) {
    if (!standIns.has(language)) standIns.set(language, { ...translator(DEFAULT_LANGUAGE), asked: language });
    return standIns.get(language)!;
  }
  const i18n = createInstance();
  instances.set(language, i18n);
  i18n.init({
    initAsync: false,
    lng: language,
    fallbackLng: false,
    // Only this language's texts: an instance never needs the other's.
    resources: { [language]: resources[language] },
    ns: Object.keys(resources[language]),
    defaultNS: 'ui',
    // Preact escapes text; escaping here as well would show entities to the reader.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const made: Translator = {
    language,
    t: (key, options) => storedText(i18n, language, key, options) ?? (i18n.t(key, options) as string),
    // The texts have no plurals or contexts, so a namespaced key has a text exactly when the store
    // holds a string there; asking i18next instead runs its whole pipeline, cold, inside a click.
    has: (key) => (key.includes(':') ? typeof stored(i18n, language, key) === 'string' : i18n.exists(key)),
  };
  cache.set(language, made);
  return made;
}
