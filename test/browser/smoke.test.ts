import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, describeViolations, launch, openPage, type OpenedPage } from './harness';

describe('built app', () => {
  let browser: Browser;
  let opened: OpenedPage;

  beforeAll(async () => {
    browser = await launch();
    opened = await openPage(browser, inject('baseURL'));
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('renders the heading inside the main landmark', async () => {
    const heading = opened.page.getByRole('main').getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('§ 18-guiden');
    expect(await opened.page.title()).toBe('§ 18-guiden');
    expect(await opened.page.locator('html').getAttribute('lang')).toBe('da');
  });

  it('makes no request to another origin', () => {
    expect(opened.foreignRequests).toEqual([]);
  });

  it('runs under the strict CSP without violations or console errors', () => {
    expect(opened.cspViolations).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });

  it('has no WCAG 2.1 A/AA violations found by axe', async () => {
    expect(describeViolations(await axeViolations(opened.page))).toEqual([]);
  });
});
