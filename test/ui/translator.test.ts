import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES, resources } from '../../src/i18n/resources';
import { translator } from '../../src/i18n/translator';

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('the translator answers as i18next itself would', () => {
  it.each(LANGUAGES)('for every text in %s, with and without values', (language) => {
    const reference = createInstance();
    reference.init({ initAsync: false, lng: language, fallbackLng: false, resources, ns: [...NAMESPACES], defaultNS: 'ui', interpolation: { escapeValue: false } });
    const { t } = translator(language);
    const values = { version: '2026.11.0', from: '1. juli 2019', checkedOn: '27. november 2026', example: 'X', number: 3, total: 17, date: 'i dag', published: 'A', running: 'B', day: 1, month: 'juli', year: 2019 };
    for (const namespace of NAMESPACES) {
      for (const path of leaves(resources[language][namespace])) {
        const key = `${namespace}:${path}`;
        expect(t(key), key).toBe(reference.t(key));
        expect(t(key, values), key).toBe(reference.t(key, values));
      }
    }
  });

});
