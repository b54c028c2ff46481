import type { Language } from '../i18n/resources';
import { translator } from '../i18n/translator';

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** The locale Intl formats lists for. */
export const intlLocale = (language: Language): string => LOCALES[language];

/**
 * A calendar date such as "1. juli 2019", from the locale's own month names. Not Intl: building a
 * date formatter costs the first screen about a tenth of a second on a slow PC. An ISO date is
 * read as written, so no time zone shifts the day; a Date is read in local time.
 */
export function formatDate(language: Language, date: Date | string): string {
  const [year, month, day] =
    typeof date === 'string' ? date.split('-').map(Number) : [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  const { t } = translator(language);
  const months = t('ui:date.months').split(' ');
  return t('ui:date.long', { day, month: months[month - 1], year });
}
