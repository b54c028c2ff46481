import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { resources } from '../../src/i18n/resources';
import { canonicalJson, contentHash, sha256Hex } from '../../src/review/content-hash';
import { SCENARIOS } from '../../src/review/data';
import { ReviewCopy } from '../../src/review/review-copy';
import { ruleBase } from '../../src/rules/rule-base';
import { ruleFiles } from '../../src/rules/rule-files';
import { withBrokenThreats } from '../browser/review-fixture/broken-rule-base';
import da from '../../locales/da/review.json';
import en from '../../locales/en/review.json';

afterEach(cleanup);
// The whole rule base as one document is a large DOM for happy-dom to build.
vi.setConfig({ testTimeout: 30_000 });

const FIXED_DATE = new Date(2026, 11, 1);
const show = (props: Partial<Parameters<typeof ReviewCopy>[0]> = {}) =>
  render(<ReviewCopy ruleBase={ruleBase} environment={{ now: () => FIXED_DATE, print: () => {} }} {...props} />);

/** The verbatim quote shown in a part of the page, if it is shown there. */
const quoteIn = (root: Element, quote: string) => [...root.querySelectorAll('blockquote')].find((b) => b.textContent === quote);
const rowsOf = (container: Element) => [...container.querySelectorAll<HTMLTableRowElement>('tr[data-scenario]')];

describe('the review copy (Regelgrundlaget)', () => {
  it('shows every example and gap with each of its verbatim quotes, in Danish, and its condition texts', () => {
    const { container } = show();
    for (const example of ruleBase.examples) {
      const section = container.querySelector<HTMLElement>(`[data-example="${example.id}"]`);
      expect(section, example.id).not.toBeNull();
      for (const citation of example.citations) {
        const quote = quoteIn(section!, citation.quote);
        expect(quote, `${example.id} / ${citation.id}`).toBeDefined();
        expect(quote!.getAttribute('lang')).toBe('da');
      }
      for (const condition of example.conditions) {
        expect(section!.querySelector(`[data-condition="${condition.id}"]`)?.textContent).toContain(
          (resources.da.rules as any).examples[example.id].conditions[condition.id],
        );
      }
    }
  });

  it('shows every note, unformalised judgement and question of the rule base, checkbox questions with what each option settles', () => {
    const { container } = show();
    for (const note of ruleBase.notes) expect(container.querySelector(`[data-note="${note.id}"]`), note.id).not.toBeNull();
    for (const id of ruleBase.unformalisedJudgements) expect(container.querySelector(`[data-judgement="${id}"]`), id).not.toBeNull();
    for (const fact of ruleBase.facts) expect(container.querySelector(`[data-fact="${fact.id}"]`), fact.id).not.toBeNull();
    for (const group of ruleBase.files.reasons?.groups ?? []) {
      const section = container.querySelector(`[data-reason-group="${group.id}"]`);
      expect(section, group.id).not.toBeNull();
      expect(section!.querySelectorAll('li strong')).toHaveLength(group.options.length);
    }
  });

  it('runs every scenario file through the engine and shows each as a passing row with the live result', () => {
    const { container } = show();
    const rows = rowsOf(container);
    const shown = new Set(rows.map((row) => row.dataset.scenario));
    expect([...shown].sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    for (const row of rows) {
      expect(row.dataset.verdict, row.dataset.scenario).toBe('pass');
      expect(row.querySelector('[data-live-result]')?.textContent).not.toBe('');
    }
    expect(container.querySelector('[data-scenario-summary]')?.textContent).toContain(`${SCENARIOS.length} af ${SCENARIOS.length}`);
  });

  it('shows a deliberately broken rule as failing rows, marked in words and not by colour alone', () => {
    const { container } = show({ ruleBase: withBrokenThreats(ruleFiles) });
    const failing = rowsOf(container).filter((row) => row.dataset.verdict === 'fail');
    const shouldFail = SCENARIOS.filter((s) => s.expect.matched.includes('threats')).map((s) => s.id);
    expect(shouldFail.length).toBeGreaterThan(0);
    for (const id of shouldFail) expect(failing.map((row) => row.dataset.scenario)).toContain(id);
    for (const row of failing) {
      expect(row.className).toContain('p18-review__row--failing');
      expect(within(row).getByText(da.scenario.fail)).toBeTruthy();
      expect(row.textContent).toContain(da.scenario.failedOn.replace('{{checks}}', ''));
    }
    expect(container.querySelector('[data-scenario-summary]')?.textContent).toMatch(/giver ikke det forventede resultat/);
  });

  it('lists the precedence entries that touch an example, with their reason and the project-reading label', () => {
    const { container } = show();
    for (const entry of ruleBase.precedence) {
      for (const id of [...entry.prevails, ...entry.setsAside]) {
        const item = container.querySelector(`[data-example="${id}"] [data-precedence="${entry.id}"]`);
        expect(item?.textContent, `${id} / ${entry.id}`).toContain((resources.da.rules as any).precedence[entry.id]);
        if (entry.basis === 'projectReading') expect(item?.textContent).toContain(da.precedence.basis.projectReading);
      }
    }
  });

  it('has one h1, a table of contents whose links all land on a heading, and no skipped heading level', () => {
    const { container } = show();
    const headings = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(headings.filter((level) => level === 1)).toHaveLength(1);
    headings.forEach((level, i) => i > 0 && expect(level - headings[i - 1]).toBeLessThanOrEqual(1));
    const toc = screen.getByRole('navigation', { name: da.toc });
    const links = within(toc).getAllByRole('link');
    expect(links.length).toBe(10 + ruleBase.examples.length);
    for (const link of links) {
      const target = container.querySelector(link.getAttribute('href')!);
      expect(target?.querySelector('h2, h3'), link.getAttribute('href')!).not.toBeNull();
    }
  });

  it('links each coverage entry, precedence entry and contents line to a place in the document that exists', () => {
    const { container } = show();
    const links = [...container.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    expect(links.length).toBeGreaterThan(60);
    const broken = links.map((a) => a.getAttribute('href')!).filter((href) => !container.querySelector(href));
    expect(broken).toEqual([]);
  });

  it('switches its labels to English while the quotes stay Danish', () => {
    const { container } = show();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.title);
    expect(container.textContent).toContain(en.translationNote);
    const threats = ruleBase.exampleById.get('threats')!;
    expect(quoteIn(container.querySelector('[data-example="threats"]')!, threats.citations[0].quote)?.getAttribute('lang')).toBe('da');
  });

  it('ends with a sign-off block: version, content hash, date generated and blank lines for the reviewer', () => {
    const { container } = show();
    const signOff = container.querySelector<HTMLElement>('#afsnit-signOff')!;
    expect(within(signOff).getByText(ruleBase.files.status.version)).toBeTruthy();
    expect(signOff.querySelector('[data-content-hash]')?.textContent).toMatch(/^[0-9a-f]{64}$/);
    expect(signOff.textContent).toContain('1. december 2026');
    for (const label of [da.signOff.reviewer, da.signOff.date, da.signOff.remarks, da.signOff.signature]) {
      expect(within(signOff).getByText(label).nextElementSibling?.classList.contains('p18-review__blank-line')).toBe(true);
    }
  });

  it('gives another content hash when a rule changes, and the same one whatever the key order', () => {
    const hashOf = (props: Partial<Parameters<typeof ReviewCopy>[0]>) => {
      const { container } = show(props);
      const hash = container.querySelector('[data-content-hash]')!.textContent;
      cleanup();
      return hash;
    };
    expect(hashOf({ ruleBase: withBrokenThreats(ruleFiles) })).not.toBe(hashOf({}));
    expect(contentHash({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(contentHash({ a: [1, { c: 3, d: 2 }], b: 1 }));
    expect(canonicalJson({ $comment: 'x', a: 1 })).toBe('{"a":1}');
  });

  it('computes SHA-256 as the standard does', () => {
    for (const text of ['', 'abc', 'Æblegrød § 18 '.repeat(40), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(119)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('shows the coverage counts and the status: version, legal basis dates and what is not verified', () => {
    const { container } = show();
    expect(container.querySelector('[data-coverage-counts]')?.textContent).toMatch(/^\d+ kodet · \d+ citeret · \d+ ikke brugt$/);
    const notVerified = container.querySelector('[data-not-verified]');
    const status = (resources.da.rules as any).status;
    expect(notVerified?.textContent).toContain(ruleBase.files.status.knownLaterChangeFrom ? status.notVerified : status.notVerifiedYet.split('{{')[0]);
    for (const note of ruleBase.notes.filter((n) => n.datedWording)) {
      expect(notVerified?.textContent).toContain((resources.da.rules as any).notes[note.id].dated);
    }
  });
});

describe('locales/*/review.json', () => {
  const leaves = (node: unknown, prefix = ''): string[] =>
    typeof node !== 'object' || node === null ? [prefix] : Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));

  it('has the same keys in Danish and English', () => {
    expect(leaves(en).sort()).toEqual(leaves(da).sort());
  });
});
