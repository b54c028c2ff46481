import type { Language } from '../../../src/i18n/resources';
import { resources } from '../../../src/i18n/resources';
import { translator } from '../../../src/i18n/translator';
import type { PaperDocument, Sentence, Text } from '../../../src/paperwork/document';
import { textsOf } from '../../../src/paperwork/document';
import { PAPERWORK_CITATIONS } from '../../../src/paperwork/sources';
import { formatDate } from '../../../src/ui/dates';
import { locatorText } from '../../../src/ui/locator-text';
import { ruleBase } from '../rule-base';

/** Every string leaf of a locale namespace. */
export function leafTexts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (node === null || typeof node !== 'object') return [];
  return Object.values(node).flatMap(leafTexts);
}

/**
 * What a template may be filled with: a rule text from the locale files, a verbatim passage or
 * its locator, a date of the rule base's status, or source numbers. Anything else would be text
 * composed in code.
 */
export function allowedValues(language: Language): Set<string> {
  const { t } = translator(language);
  const status = ruleBase.files.status;
  const citations = [...ruleBase.citations.values(), ...PAPERWORK_CITATIONS.values()];
  return new Set([
    ...leafTexts(resources[language].rules),
    ...leafTexts(resources[language].paperwork),
    ...citations.map((c) => c.quote),
    ...citations.map((c) => locatorText(t, c)),
    ...citations.flatMap((c) => (c.locator.provision ? [c.locator.provision] : [])),
    formatDate(language, status.legalBasisFrom),
    formatDate(language, status.legalBasisCheckedOn),
  ]);
}

const SOURCE_NUMBERS = /^\d+(, \d+)*$/;

/** Problems with a document's texts: a key outside the paperwork templates, a text its template does not give, a value from nowhere. */
export function templateProblems(document: PaperDocument, language: Language, alsoAllowed: readonly string[] = []): string[] {
  const { t, has } = translator(language);
  const allowed = new Set([...allowedValues(language), ...alsoAllowed]);
  const problems: string[] = [];
  const check = (text: Text) => {
    if (!text.key.startsWith('paperwork:')) problems.push(`not a paperwork template: ${text.key}`);
    if (!has(text.key)) problems.push(`no template ${text.key} in ${language}`);
    if (t(text.key, text.values) !== text.text) problems.push(`${text.key}: text differs from its template`);
    for (const [name, value] of Object.entries(text.values)) {
      if (!allowed.has(value) && !SOURCE_NUMBERS.test(value)) problems.push(`${text.key}: value ${name} "${value}" comes from no locale text or source`);
    }
  };
  textsOf(document).forEach(check);
  return problems;
}

/** A sentence's own words: the verbatim passage it quotes, and the source's own heading for it, taken out. */
export function ownWords(sentence: Sentence): string {
  let text = sentence.text;
  for (const verbatim of [sentence.quote, sentence.values.source]) if (verbatim) text = text.replace(verbatim, ' ');
  return text;
}
