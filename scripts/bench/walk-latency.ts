import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { compileRuleBase } from '../../src/engine/rule-base';
import { ticksFor } from '../../src/engine/reasons';
import { readRuleFiles } from '../lib/read-rule-files';
import { mainThreadSince, mainThreadTotals, type MainThread } from './browser';

/**
 * Interaction latency in a full walk of a training case, CPU throttled: from the click on the
 * walk's submit button ("Fortsæt", "Se vurderingen") to the next screen painted.
 *
 * The walk is driven by reading the page, not by knowing it: on each screen the radios' group
 * names end in the fact id (`…-<factId>`), and the answer comes from the scenario file for that
 * fact; a fact the scenario does not answer gets "no" (or the first option) and is logged. So a
 * reworded or reordered walk still runs. "Painted": the browser's Event Timing for the click (its
 * timestamp to the next frame presented after its handlers ran, as INP measures it), provided the
 * first DOM change that alters the screen (its questions, legends or headings) happened within
 * those handlers; otherwise the frame after that change — a requestAnimationFrame callback and a
 * message posted from it. That second measure is kept for information: the message waits behind
 * whatever else is queued (the next frames, timers, the driver's own protocol calls), so it ends
 * tens of milliseconds after the frame the reader sees.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const ruleBase = compileRuleBase(readRuleFiles());

export interface WalkTimes {
  /** Click → next question painted, every step of every walk (ms). */
  nextQuestionMs: number[];
  /** The same steps to the frame after the change plus a posted message (the upper bound; for information). */
  nextQuestionAfterFrameMs: number[];
  /** Steps whose time is Event Timing's (the rest: the frame after the change). */
  eventTimed: number;
  /** Click on the last submit → result page painted, one per walk (ms). */
  resultMs: number[];
  steps: number;
  guessed: string[];
  /** Each step as "<screen left> <ms>", for finding the slow ones. */
  detail: string[];
  /** Main-thread time from just before each click to the next question painted (what the ms are made of). */
  nextQuestionMainThread: MainThread[];
  /** The same click on the click-floor page (pages.ts), as many after each walk as it had steps (ms). */
  floorMs: number[];
}

/** What the probe reports for one click (walk-probe.js): ms from the click's timestamp. */
interface Painted {
  painted: number;
  afterFrame: number;
  eventTiming: number | null;
}

interface Screen {
  kind: 'question' | 'check' | 'result';
  groups: { name: string; type: string; values: string[] }[];
}

/** In every page before its scripts: reads the guide's screen, chooses answers, arms the probe (walk-probe.js). */
const PROBE = join(import.meta.dirname, 'walk-probe.js');

interface Scenario {
  id: string;
  perspective?: string;
  answers: Record<string, string>;
}

const factIds = (): string[] => ruleBase.facts.map((fact) => fact.id);

/** Which answer the scenario gives for a group of options (by the fact id its name ends in). */
function answerFor(group: Screen['groups'][number], scenario: Scenario, facts: string[], guessed: string[]): string[] {
  if (group.name.endsWith('-perspective')) return [scenario.perspective ?? 'receiving'];
  if (group.type === 'checkbox') {
    // A checkbox page (rules/reasons.json): tick what the scenario's answers stand for, as the engine reads ticks; else "none".
    const ticks = ticksFor(ruleBase.reasons, scenario.answers);
    const ticked = group.values.filter((v) => ticks[v] === 'yes');
    return ticked.length > 0 ? ticked : group.values.filter((v) => !(v in ticks)).slice(-1);
  }
  const fact = facts.filter((id) => group.name.endsWith(`-${id}`) || group.name === id).sort((a, b) => b.length - a.length)[0];
  const answer = fact === undefined ? undefined : scenario.answers[fact];
  if (answer !== undefined && group.values.includes(answer)) return [answer];
  guessed.push(fact ?? group.name);
  return [group.values.includes('no') ? 'no' : group.values[0]];
}

/** One timed click: what the probe measured, and the main thread's time from just before it. */
interface TimedClick {
  painted: number;
  afterFrame: number;
  eventTimed: boolean;
  mainThread: MainThread;
}

/**
 * Clicks the button the probe marked (`data-bench-next`) as a reader would, and times it. The
 * click is the mouse's, at the button's centre (CDP input events): Playwright's own `click()`
 * adds listeners that check the hit target, and those would run, and be timed, inside the
 * click's handlers. The button is scrolled into view and its box read before the timing starts.
 */
async function clickAndTime(page: Page, cdp: CDPSession): Promise<TimedClick> {
  const button = page.locator('[data-bench-next]');
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error('the button to click has no box');
  await page.evaluate(() => (window as unknown as { __p18Arm(): void }).__p18Arm());
  const before = await mainThreadTotals(cdp);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const painted = (await page.evaluate(() => (window as unknown as { __p18Next: Promise<Painted> }).__p18Next)) as Painted;
  const mainThread = mainThreadSince(before, await mainThreadTotals(cdp));
  return { painted: painted.painted, afterFrame: painted.afterFrame, eventTimed: painted.eventTiming !== null, mainThread };
}

async function walkOnce(page: Page, cdp: CDPSession, scenario: Scenario, facts: string[], times: WalkTimes): Promise<void> {
  const guide = page.locator('paragraf18-guiden');
  await guide.locator('input[type=radio]').first().waitFor();
  for (let step = 0; step < 80; step++) {
    const screen = (await page.evaluate(() => (window as unknown as { __p18Screen(): Screen }).__p18Screen())) as Screen;
    if (screen.kind === 'result') throw new Error('reached a page without a form before the result');
    for (const group of screen.groups) {
      for (const value of answerFor(group, scenario, facts, times.guessed)) {
        await page.evaluate(([n, v]) => (window as unknown as { __p18Choose(n: string, v: string): void }).__p18Choose(n, v), [group.name, value]);
      }
    }
    // A reader takes a second at least to read a question and click: work the guide defers to
    // idle time (the rule base's compile, the glossary) happens in that second, as it would.
    await page.waitForTimeout(1000);
    const click = await clickAndTime(page, cdp);
    const ms = click.painted;
    times.steps++;
    const left = screen.groups.map((g) => g.name.replace(/^p18[A-Za-z0-9]*-/, '')).join('+') || screen.kind;
    times.detail.push(`${left} ${ms.toFixed(0)}`);
    const next = (await page.evaluate(() => (window as unknown as { __p18Screen(): Screen }).__p18Screen())) as Screen;
    if (next.kind === 'result') {
      times.resultMs.push(ms);
      return;
    }
    if (next.kind === 'question') {
      times.nextQuestionMs.push(ms);
      times.nextQuestionAfterFrameMs.push(click.afterFrame);
      if (click.eventTimed) times.eventTimed++;
      times.nextQuestionMainThread.push(click.mainThread);
    }
  }
  throw new Error(`walk of ${scenario.id} did not end`);
}

/** `clicks` steps on the click-floor page, with the walk's pause before each. */
async function floorClicks(page: Page, cdp: CDPSession, clicks: number, times: WalkTimes): Promise<void> {
  await page.locator('input[type=radio]').first().waitFor();
  for (let i = 0; i < clicks; i++) {
    // Marks the button to click, as on the walk's screens.
    await page.evaluate(() => (window as unknown as { __p18Screen(): Screen }).__p18Screen());
    await page.evaluate(() => (window as unknown as { __p18Choose(n: string, v: string): void }).__p18Choose('floor', 'yes'));
    await page.waitForTimeout(1000);
    times.floorMs.push((await clickAndTime(page, cdp)).painted);
  }
}

/** A fresh context (nothing cached or stored), the probe in it, the CPU throttled, at `url`. */
async function inFreshPage(browser: Browser, url: string, cpuThrottling: number, run: (page: Page, cdp: CDPSession) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ path: PROBE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    await page.goto(url);
    await run(page, cdp);
  } finally {
    await context.close();
  }
}

/** Walks the case `walks` times at `url`; after each walk, as many clicks on the click floor at `floorUrl`. */
export async function measureWalk(browser: Browser, url: string, floorUrl: string, scenarioId: string, walks: number, cpuThrottling: number): Promise<WalkTimes> {
  const scenario = JSON.parse(readFileSync(join(ROOT, 'rules', 'scenarios', `${scenarioId}.json`), 'utf8')) as Scenario;
  const facts = factIds();
  const times: WalkTimes = { nextQuestionMs: [], nextQuestionAfterFrameMs: [], eventTimed: 0, resultMs: [], steps: 0, guessed: [], detail: [], nextQuestionMainThread: [], floorMs: [] };
  for (let i = 0; i < walks; i++) {
    const before = times.nextQuestionMs.length;
    await inFreshPage(browser, url, cpuThrottling, (page, cdp) => walkOnce(page, cdp, scenario, facts, times));
    await inFreshPage(browser, floorUrl, cpuThrottling, (page, cdp) => floorClicks(page, cdp, times.nextQuestionMs.length - before, times));
  }
  times.guessed = [...new Set(times.guessed)];
  return times;
}
