import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Drives the built guide in Chromium the way a keyboard user does. Texts come from the locale
 * files, so a step is found by what the caseworker reads, not by a test id.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

export type Language = 'da' | 'en';
export const texts = (language: Language) => ({
  ui: readJson(`locales/${language}/ui.json`),
  rules: readJson(`locales/${language}/rules.json`),
});

export interface Scenario {
  id: string;
  perspective?: 'receiving' | 'current';
  answers: Record<string, string>;
  expect: { class: string };
}
export const scenario = (id: string): Scenario => readJson(`rules/scenarios/${id}.json`);

export const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
export const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

/** Presses Tab until the focused element passes `test`; fails after a screenful of stops. */
export async function tabUntil(page: Page, test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The label of the focused radio. */
const focusedRadioLabel = (page: Page) =>
  page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement | null;
    return input?.type === 'radio' ? (input.labels?.[0]?.textContent?.trim() ?? '') : null;
  });

/**
 * Answers the question on screen by keyboard only: Tab into the radio group, Space to check the
 * first option, arrow keys to the wanted one, Enter to submit.
 */
export async function answerByKeyboard(page: Page, label: string): Promise<void> {
  await tabUntil(page, () => (document.activeElement as HTMLInputElement | null)?.type === 'radio', 'a radio');
  await page.keyboard.press('Space');
  for (let i = 0; i < 10 && (await focusedRadioLabel(page)) !== label; i++) await page.keyboard.press('ArrowDown');
  if ((await focusedRadioLabel(page)) !== label) throw new Error(`no option "${label}"`);
  await page.keyboard.press('Enter');
}

/** The checkbox group whose question is the legend on screen (rules/reasons.json), or null. */
export async function groupOnScreen(page: Page, language: Language): Promise<string | null> {
  const legend = page.locator('fieldset legend');
  if ((await legend.count()) === 0) return null;
  const text = (await legend.innerText()).trim();
  const groups = texts(language).ui.reasons.groups as Record<string, { question: string }>;
  return Object.keys(groups).find((id) => groups[id].question === text) ?? null;
}

/**
 * Ticks the boxes with these labels by keyboard only: Tab from box to box, Space on the wanted
 * ones, then Enter on the continue button.
 */
export async function tickByKeyboard(page: Page, labels: string[]): Promise<void> {
  await tabUntil(page, () => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox', 'a checkbox');
  for (let i = 0; i < 40; i++) {
    const label = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement | null;
      return input?.type === 'checkbox' ? (input.labels?.[0]?.textContent?.trim() ?? '') : null;
    });
    if (label === null) break;
    if (labels.includes(label)) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await tabUntil(page, () => document.activeElement?.getAttribute('type') === 'submit', 'the continue button');
  await page.keyboard.press('Enter');
}

/** The fact whose question is the legend on screen, or null when no question is. */
export async function factOnScreen(page: Page, language: Language): Promise<string | null> {
  const legend = page.locator('fieldset legend');
  if ((await legend.count()) === 0) return null;
  const text = (await legend.innerText()).trim();
  const facts = texts(language).rules.facts as Record<string, { question: string }>;
  const fact = Object.keys(facts).find((id) => facts[id].question === text);
  if (!fact && (await groupOnScreen(page, language)) !== null) return null;
  if (!fact) throw new Error(`unknown question on screen: ${text}`);
  return fact;
}

export function answerLabel(language: Language, fact: string, value: string): string {
  const { rules } = texts(language);
  return rules.facts[fact].answers?.[value] ?? rules.answers[value];
}

/** Opens every disclosure, so checks see the quotes and the glossary too. */
export const openAllDetails = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

/** True when the page is wider than the window: the reader would have to scroll sideways. */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
