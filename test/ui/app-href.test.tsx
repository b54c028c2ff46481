import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { definePresenterElement, PRESENTER_ELEMENT_NAME } from '../../src/presenter/element';
import { ruleBase } from '../../src/rules/rule-base';
import { presenterText, trainingScenarios } from './presenter/presenter-harness';

const threats = trainingScenarios.find((s) => s.id === 'threats')!;

function place(appHref: string): HTMLElement {
  const element = document.createElement(PRESENTER_ELEMENT_NAME);
  element.setAttribute('case', 'threats');
  element.setAttribute('app-href', appHref);
  document.body.append(element);
  return element;
}

beforeAll(() => definePresenterElement(ruleBase, '.p18 { color: #1a1a1a; }'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<paragraf18-praesentation app-href>', () => {
  it.each(['javascript://%0aalert(document.domain)', 'javascript:x', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://[', 'vbscript:msgbox'])(
    'makes no link from %s, warns in the console, and still shows the case',
    (href) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = place(href);
      const root = element.shadowRoot!;
      expect(root.querySelector('h2')?.textContent).toBe(threats.title.da);
      expect(root.textContent).toContain(presenterText('da').fictitious);
      const hrefs = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
      expect(hrefs.filter((h) => !/^https?:/i.test(h))).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('app-href'));
    },
  );

  it('still links an http(s) or relative address', () => {
    const absolute = place('https://example.test/p18/');
    expect(absolute.shadowRoot!.querySelector('a.p18-presenter__url')?.getAttribute('href')).toBe('https://example.test/p18/?mode=presenter&case=threats');
    const relative = place('/p18/');
    expect(relative.shadowRoot!.querySelector('a.p18-presenter__url')?.getAttribute('href')).toBe(new URL('/p18/?mode=presenter&case=threats', document.baseURI).href);
  });
});
