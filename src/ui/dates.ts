import type { Language } from '../i18n/resources';

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** The locale Intl formats dates and lists for. */
export const intlLocale = (language: Language): string => LOCALES[language];

/** A calendar date such as "1. juli 2019". ISO dates are read as UTC so no time zone shifts the day. */
export function formatDate(language: Language, date: Date | string): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  const timeZone = typeof date === 'string' ? 'UTC' : undefined;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(value);
}
