import { LANGUAGES, type Language } from '../i18n/resources';
import { useT } from '../i18n/use-t';
import { translator } from '../i18n/translator';

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
          {translator(other).t('ui:language.ownName')}
        </button>
      ))}
    </div>
  );
}
