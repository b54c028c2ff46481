import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export { CHROMIUM } from '../../scripts/lib/chromium';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export { launchChromium as launch } from '../../scripts/lib/chromium';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** URLs of every request whose origin differs from the page's. */
  foreignRequests: string[];
  /** console.error messages and uncaught page exceptions. */
  consoleErrors: string[];
  /** `securitypolicyviolation` events, as "directive blocked-uri". */
  cspViolations: string[];
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh context (axe needs a context page, and a fresh one keeps
 * storage and service workers from leaking between tests) with all recorders attached
 * before the first request.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' } = {},
): Promise<OpenedPage> {
  const origin = new URL(url).origin;
  const context = await browser.newContext();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];

  // Context-level, so service-worker and popup requests are seen too.
  context.on('request', (request) => {
    const target = request.url();
    if (target.startsWith('data:')) return;
    if (new URL(target).origin !== origin) foreignRequests.push(target);
  });

  await context.exposeBinding('__p18CspViolation', (_source, line: string) => {
    cspViolations.push(line);
  });
  // Init scripts are injected by the driver, so the page's own CSP does not block them.
  // Capture phase on document also catches violations raised inside shadow roots.
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __p18CspViolation(line: string): void })
          .__p18CspViolation;
        report(`${e.effectiveDirective} ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber}`);
      },
      true,
    );
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

  await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return { context, page, foreignRequests, consoleErrors, cspViolations, close: () => context.close() };
}

/** Full WCAG 2.1 A/AA run; nothing disabled or excluded. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations;
}

/** One line per violation and node, so a failing assertion says what to fix. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${JSON.stringify(n.target)}`),
  );
}
