import { DEFAULT_LANGUAGE } from '../i18n/resources';
import type { Text } from './document';
import type { Writer } from './writer';

/** Danish is authoritative: every other language says it is a translation, under the title. */
export const translationLabel = (write: Writer): Text[] =>
  write.translator.language === DEFAULT_LANGUAGE ? [] : [write.text('common.translationNote')];
