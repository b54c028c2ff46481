import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import { findCase } from '../../../src/presenter/case-library';
import { presenterUrl } from '../../../src/presenter/case-link-url';
import { TRACE_GROUPS, traceOf } from '../../../src/presenter/trace';
import { ruleBase } from '../../../src/rules/rule-base';

describe('the rule trace', () => {
  it('puts every example the engine weighed in exactly one group, by its state, in rule-base order', () => {
    const assessment = assess(ruleBase, findCase('conflict-jobAndPartnerWithoutChildren')!.answers);
    const groups = traceOf(assessment);
    expect(groups.map((g) => g.state)).toEqual(TRACE_GROUPS);
    expect(groups.flatMap((g) => g.examples).length).toBe(assessment.examples.length);
    for (const group of groups) {
      expect(group.examples.every((e) => e.state === group.state)).toBe(true);
      const order = group.examples.map((e) => assessment.examples.indexOf(e));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(groups[0].examples.map((e) => e.id)).toEqual(['ordinaryEmployment']);
    expect(groups[1].examples.map((e) => e.id)).toEqual(['partnerWithoutCommonChildren']);
  });
});

describe('the deep link', () => {
  it('is ?mode=presenter&case=<id> on the page it is made from, dropping any other query and fragment', () => {
    expect(presenterUrl('https://example.test/p18/index.html?lang=en#v=1', 'threats')).toBe(
      'https://example.test/p18/index.html?mode=presenter&case=threats',
    );
    expect(presenterUrl('file:///C:/guide/paragraf18-guiden-offline.html', 'feelsLonely')).toBe(
      'file:///C:/guide/paragraf18-guiden-offline.html?mode=presenter&case=feelsLonely',
    );
    expect(presenterUrl('https://example.test/', null)).toBe('https://example.test/?mode=presenter');
  });

  it('carries a language other than Danish, so the link opens in the language it was copied in', () => {
    expect(presenterUrl('https://example.test/', 'threats', 'en')).toBe('https://example.test/?mode=presenter&case=threats&lang=en');
    expect(presenterUrl('https://example.test/?lang=en', 'threats', 'da')).toBe('https://example.test/?mode=presenter&case=threats');
  });
});
