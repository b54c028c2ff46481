/**
 * The locale files every visitor needs, bundled inline: the widget must work offline and under a
 * CSP that allows no fetches of its own, so nothing is loaded at run time. Texts of the optional
 * modules (paperwork, presenter view) travel with those modules and are added by them through
 * `addNamespace`, so a host page that does not load them does not carry their bytes.
 */
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/{ui,rules,glossary}.json', { eager: true, import: 'default' });

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Danish is authoritative; English is a translation of it. */
export const DEFAULT_LANGUAGE: Language = 'da';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

type Resources = Record<Language, Record<string, Record<string, unknown>>>;

export const resources: Resources = { da: {}, en: {} };
for (const [path, content] of Object.entries(files)) {
  const match = /\/locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(path);
  if (match && isLanguage(match[1])) resources[match[1]][match[2]] = content;
}

export const NAMESPACES = ['ui', 'rules', 'glossary'] as const;
