import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { definePresenterElement, PRESENTER_ELEMENT_NAME } from '../../../src/presenter/element';
import { ruleBase } from '../../../src/rules/rule-base';
import { presenterText, rulesText, trainingScenarios } from './presenter-harness';

const threats = trainingScenarios.find((s) => s.id === 'threats')!;

function place(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(PRESENTER_ELEMENT_NAME);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const inside = (element: HTMLElement) => element.shadowRoot!;
const headingText = (element: HTMLElement, selector: string) => inside(element).querySelector(selector)?.textContent;

beforeAll(() => definePresenterElement(ruleBase, '.p18 { color: #1a1a1a; }'));
afterEach(() => document.body.replaceChildren());

describe('<paragraf18-praesentation>', () => {
  it('opens the case named by `case`, in the language of `lang`, under the heading level asked for', () => {
    const element = place({ case: 'threats', lang: 'en', 'heading-level': '3' });
    expect(headingText(element, 'h3')).toBe(threats.title.en);
    expect(inside(element).textContent).toContain(presenterText('en').fictitious);
    // The module's sheet, between the shared host-isolation and host-fit sheets.
    expect(inside(element).adoptedStyleSheets.length).toBe(3);
  });

  it('defaults to Danish, heading level 2 and the case list', () => {
    const element = place({});
    expect(headingText(element, 'h2')).toBe(presenterText('da').picker.heading);
  });

  it('moves no focus, changes no URL and keeps nothing in storage', () => {
    const url = location.href;
    const historyLength = history.length;
    place({ case: 'threats' });
    expect(document.activeElement).toBe(document.body);
    expect(location.href).toBe(url);
    expect(history.length).toBe(historyLength);
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('follows a changed `case` or `lang` attribute without moving focus', async () => {
    const element = place({ case: 'threats' });
    element.setAttribute('case', 'feelsLonely');
    await waitFor(() => expect(headingText(element, 'h2')).toBe(trainingScenarios.find((s) => s.id === 'feelsLonely')!.title.da));
    element.setAttribute('lang', 'en');
    await waitFor(() => expect(headingText(element, 'h2')).toBe(trainingScenarios.find((s) => s.id === 'feelsLonely')!.title.en));
    expect(document.activeElement).toBe(document.body);
  });

  it('offers a deep link only when told where the app lives', () => {
    const without = place({ case: 'threats' });
    expect(inside(without).querySelector('a.p18-presenter__url')).toBeNull();
    const withApp = place({ case: 'threats', 'app-href': 'https://example.test/p18/' });
    expect(inside(withApp).querySelector('a.p18-presenter__url')?.getAttribute('href')).toBe(
      'https://example.test/p18/?mode=presenter&case=threats',
    );
  });

  it('renders nothing of the outcome until revealed', () => {
    const element = place({ case: 'threats' });
    expect(inside(element).textContent).not.toContain(rulesText('da').classes.dutyDependsOnCircumstances.title);
  });
});
