import './texts';
import type { Translator } from '../i18n/translator';
import { traceOf, type Sentence, type Subject, type Text, type Trace, type Values } from './document';

/** What the builders need of a translator; the components pass the one `useT` gives. */
export type PaperTranslator = Pick<Translator, 't' | 'has' | 'language'>;

/** The namespace of every paperwork template (locales/<language>/paperwork.json). */
export const NAMESPACE = 'paperwork';

interface SentenceExtras {
  quote?: string;
  subject?: Subject;
  dated?: boolean;
}

/**
 * Fills paperwork templates and records which template and values made each text, so nothing in
 * a document can be a string composed in code.
 */
export function writer(translator: PaperTranslator) {
  const text = (key: string, values: Values = {}): Text => {
    const full = `${NAMESPACE}:${key}`;
    return { key: full, values, text: translator.t(full, values) };
  };
  const content = (key: string, values: Values, trace: Partial<Trace>, extras: SentenceExtras = {}): Sentence => ({
    ...text(key, values),
    role: 'content',
    trace: traceOf(trace),
    ...extras,
  });
  const instruction = (key: string, values: Values = {}, trace: Partial<Trace> = {}): Sentence => ({
    ...text(key, values),
    role: 'instruction',
    trace: traceOf(trace),
  });
  const notice = (key: string, values: Values, trace: Partial<Trace>): Sentence => ({ ...content(key, values, trace), role: 'notice' });
  /** A text from another namespace (rule texts), used as a value inside a paperwork template. */
  const ruleText = (key: string, values?: Values) => translator.t(`rules:${key}`, values);
  return { text, content, notice, instruction, ruleText, translator };
}

export type Writer = ReturnType<typeof writer>;
