import notLoadedDa from '../../locales/da/not-loaded.json';
import notLoadedEn from '../../locales/en/not-loaded.json';
import { loadedLanguages, resources, type Language } from '../i18n/resources';
import { useT } from '../i18n/use-t';

/**
 * A language's name in itself, read from its texts: no translator for the other language is
 * made (an i18next instance of its own) just to label the button on the first screen.
 */
const ownName = (language: Language, key = 'ui:language.ownName'): string => {
  const [namespace, path] = key.split(':');
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[language][namespace]) as string;
};

/**
 * The sentence for a reader who asked for English on a page that has not loaded it. It ships with
 * the guide (the English texts do not): in English, which the reader asked for, and in Danish,
 * which the page shows.
 */
const NOT_LOADED: Record<Language, string> = { en: notLoadedEn.text, da: notLoadedDa.text };

/**
 * Offers the other languages this page has loaded, each named in itself (and marked with its
 * `lang`), so a reader who does not understand the current one can still find it. Answers are
 * untouched by the switch. A language asked for but not loaded is said plainly instead.
 */
export function LanguageSwitch({ onSwitch }: { onSwitch(language: Language): void }) {
  const { language, asked } = useT();
  if (asked) {
    return (
      <p class="p18-language p18-language--missing">
        <span lang={asked}>{NOT_LOADED[asked]}</span> <span lang={language}>{NOT_LOADED[language]}</span>
      </p>
    );
  }
  const others = loadedLanguages().filter((l) => l !== language);
  if (others.length === 0) return null;
  return (
    <div class="p18-language">
      {/* Keyed by position, not language: the same button stays, so focus stays on it after the switch. */}
      {others.map((other, index) => (
        <button key={index} type="button" class="p18-link-button" lang={other} onClick={() => onSwitch(other)}>
          {ownName(other)}
        </button>
      ))}
    </div>
  );
}
