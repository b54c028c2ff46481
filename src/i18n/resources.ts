/**
 * The Danish texts every visitor needs, bundled inline: the widget must work offline and under a
 * CSP that allows no fetches of its own, so nothing is loaded at run time. Danish is the
 * authoritative language and the only one the guide's own file carries. English, a translation,
 * is added by whoever loads it (the app and the single offline file always; an embed host with
 * the English module's `<script>`) through `addTexts`, as the optional modules add their own
 * namespaces; a host page that offers no English does not carry its bytes.
 */
const files = import.meta.glob<Record<string, unknown>>('../../locales/da/{ui,rules,glossary}.json', { eager: true, import: 'default' });

/** The languages a link, an attribute or the switch may name. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Danish is authoritative; English is a translation of it. */
export const DEFAULT_LANGUAGE: Language = 'da';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

type Resources = Record<Language, Record<string, Record<string, unknown>>>;

export const resources: Resources = { da: {}, en: {} };
for (const [path, content] of Object.entries(files)) {
  const match = /\/locales\/da\/([a-z-]+)\.json$/.exec(path);
  if (match) resources.da[match[1]] = content;
}

/** The guide's own namespaces: a language is there to be shown when it has all of them. */
export const NAMESPACES = ['ui', 'rules', 'glossary'] as const;

export const isLoaded = (language: Language): boolean => NAMESPACES.every((namespace) => namespace in resources[language]);

/** The languages this page can show, Danish first. */
export const loadedLanguages = (): Language[] => LANGUAGES.filter(isLoaded);
