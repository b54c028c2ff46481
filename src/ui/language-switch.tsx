import { LANGUAGES, resources, type Language } from '../i18n/resources';
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
 * Offers the other language, named in that language (and marked with its `lang`), so a reader who
 * does not understand the current one can still find it. Answers are untouched by the switch.
 */
export function LanguageSwitch({ onSwitch }: { onSwitch(language: Language): void }) {
  const { language } = useT();
  const others = LANGUAGES.filter((l) => l !== language);
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
