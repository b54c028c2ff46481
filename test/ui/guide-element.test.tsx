import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { defineGuideElement, ELEMENT_NAME } from '../../src/embed/guide-element';
import { ruleBase } from '../../src/rules/rule-base';
import { rulesText, uiText } from './guide-harness';

function place(attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(ELEMENT_NAME);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const inside = (element: HTMLElement) => within(element.shadowRoot!.querySelector<HTMLElement>('.p18')!);

function choosePerspective(element: HTMLElement) {
  fireEvent.click(inside(element).getByRole('radio', { name: rulesText('da').perspectives.receiving }));
  fireEvent.click(inside(element).getByRole('button', { name: uiText('da').walk.continue }));
}

beforeAll(() => defineGuideElement(ruleBase, '.p18 { color: #1a1a1a; }'));
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('<paragraf18-guiden> follows its host', () => {
  it('follows a `lang` changed after mount, keeping the answers', async () => {
    const element = place({ id: 'g' });
    choosePerspective(element);
    const question = rulesText('da').facts.inProgramme.question;
    expect(inside(element).getByRole('heading', { name: question })).toBeTruthy();
    element.setAttribute('lang', 'en');
    await waitFor(() => expect(inside(element).getByRole('heading', { name: rulesText('en').facts.inProgramme.question })).toBeTruthy());
    expect(element.shadowRoot!.querySelector('.p18')!.getAttribute('lang')).toBe('en');
  });

  it('follows a `heading-level` changed after mount', async () => {
    const element = place({ id: 'g', 'heading-level': '2' });
    expect(element.shadowRoot!.querySelector('h2')?.textContent).toBe(uiText('da').app.title);
    element.setAttribute('heading-level', '4');
    await waitFor(() => expect(element.shadowRoot!.querySelector('h4')?.textContent).toBe(uiText('da').app.title));
  });

  it('`minimal`: no title bar and no footer on show, the status line one click away', () => {
    const element = place({ id: 'g', minimal: '', 'heading-level': '3' });
    const root = element.shadowRoot!;
    expect(root.querySelector('.p18-header')).toBeNull();
    expect(root.textContent).not.toContain(uiText('da').app.title);
    // The page's own heading takes the host's level, as the title would have.
    expect(root.querySelector('h3')?.textContent).toBe(uiText('da').perspective.question);
    const about = root.querySelector('details.p18-about')!;
    expect(about.querySelector('summary')?.textContent).toBe(uiText('da').status.about);
    expect(about.querySelector('.p18-status')).not.toBeNull();
    // The language switch stays.
    expect(inside(element).getByRole('button', { name: 'English' })).toBeTruthy();
  });
});

describe('<paragraf18-guiden> keeps its own walk', () => {
  it('keeps its walk when the host moves it above another guide', async () => {
    const a = place();
    const b = place();
    choosePerspective(a);
    const question = rulesText('da').facts.inProgramme.question;
    a.before(b);
    await Promise.resolve();
    expect(inside(a).getByRole('heading', { name: question })).toBeTruthy();
    expect(inside(b).getByRole('heading', { name: uiText('da').perspective.question })).toBeTruthy();
    choosePerspective(b);
    // B's step did not overwrite A's saved walk: each key holds its own walk.
    // (Judgement notes keep a slot of their own beside each walk: `<key>:notes`.)
    expect(Object.keys(sessionStorage).filter((k) => !k.endsWith(':notes')).sort()).toEqual(['paragraf18-guiden:0', 'paragraf18-guiden:1']);
    expect(sessionStorage.getItem('paragraf18-guiden:0')).not.toContain('p=receiving&a=');
    expect(sessionStorage.getItem('paragraf18-guiden:0')).toContain('p=receiving');
  });

  it('a second guide with the same storage-key warns and does not overwrite the first one\'s walk', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = place({ 'storage-key': 'case' });
    choosePerspective(first);
    const saved = sessionStorage.getItem('paragraf18-guiden:case');
    const second = place({ 'storage-key': 'case' });
    expect(inside(second).getByRole('heading', { name: uiText('da').perspective.question })).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"case"'));
    fireEvent.click(inside(second).getByRole('radio', { name: rulesText('da').perspectives.current }));
    fireEvent.click(inside(second).getByRole('button', { name: uiText('da').walk.continue }));
    expect(sessionStorage.getItem('paragraf18-guiden:case')).toBe(saved);
  });

  it('says so when a step can no longer be saved, instead of leaving an older one for a reload', () => {
    const element = place({ id: 'g' });
    choosePerspective(element);
    // Another script on the host fills the tab's storage.
    const real = window.sessionStorage;
    const full = {
      getItem: (key: string) => real.getItem(key),
      removeItem: (key: string) => real.removeItem(key),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    vi.spyOn(window, 'sessionStorage', 'get').mockReturnValue(full as unknown as Storage);
    fireEvent.click(inside(element).getByRole('radio', { name: rulesText('da').answers.yes }));
    fireEvent.click(inside(element).getByRole('button', { name: uiText('da').walk.continue }));
    expect(inside(element).getByText(uiText('da').storage.unsavedTitle)).toBeTruthy();
    expect(sessionStorage.getItem('paragraf18-guiden:g')).toBeNull();
  });
});
