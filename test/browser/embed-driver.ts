import type { Locator, Page } from 'playwright-core';
import { ticksFor } from '../../src/engine/reasons';
import { ruleBase } from '../../src/rules/rule-base';
import { answerLabel, texts, type Language, type Scenario } from './walk-driver';

/**
 * Walks a scenario inside one guide on a page — an embedded element or a frame — by clicking, as
 * a caseworker with a mouse does (the keyboard walk is proven on the app). Locators pierce open
 * shadow roots, so `root` may be the custom element itself. `onStep` runs after every screen.
 */
export async function walkScenario(root: Locator, language: Language, walk: Scenario, onStep?: () => Promise<void>): Promise<void> {
  const { ui, rules } = texts(language);
  await root.getByRole('radio', { name: rules.perspectives[walk.perspective ?? 'receiving'] }).check();
  await root.getByRole('button', { name: ui.walk.continue }).click();
  await onStep?.();
  const facts = rules.facts as Record<string, { question: string }>;
  for (let step = 0; step < 60; step++) {
    const checkHeading = root.getByRole('heading', { name: ui.check.heading });
    if (await checkHeading.isVisible()) {
      await root.getByRole('button', { name: ui.check.continue }).click();
      await root.getByRole('heading', { name: rules.classes[walk.expect.class].title }).waitFor();
      await onStep?.();
      return;
    }
    const legend = (await root.locator('fieldset legend').first().innerText()).trim();
    // The checkbox page (rules/reasons.json): tick what the scenario's answers stand for.
    const group = ruleBase.reasons.groups.find((g) => ui.reasons.groups[g.id].question === legend);
    if (group) {
      const ticks = ticksFor(ruleBase.reasons, walk.answers);
      const wanted = group.options.filter((o) => ticks[o.id] === 'yes').map((o) => ui.reasons.options[o.id] as string);
      for (const label of wanted.length > 0 ? wanted : [ui.reasons.none as string]) await root.getByRole('checkbox', { name: label, exact: true }).check();
      await root.getByRole('button', { name: ui.walk.continue }).click();
      await root.locator('fieldset legend', { hasNotText: legend }).or(root.getByRole('heading', { name: ui.check.heading })).first().waitFor();
      await onStep?.();
      continue;
    }
    const fact = Object.keys(facts).find((id) => facts[id].question === legend);
    if (!fact) throw new Error(`unknown question on screen: ${legend}`);
    if (!(fact in walk.answers)) throw new Error(`the guide asked "${fact}", which scenario ${walk.id} does not answer`);
    await root.getByRole('radio', { name: answerLabel(language, fact, walk.answers[fact]), exact: true }).check();
    await root.getByRole('button', { name: ui.walk.continue }).click();
    await root.locator('fieldset legend, h1, h2, h3, h4').first().waitFor();
    await onStep?.();
  }
  throw new Error('the walk did not end');
}

/** The heading that names the class on the result screen, read from inside the root. */
export async function resultTitle(root: Locator, language: Language, walk: Scenario): Promise<boolean> {
  return root.getByRole('heading', { name: texts(language).rules.classes[walk.expect.class].title }).isVisible();
}

/** Computed style of the first element matching `selector` inside the element's shadow root. */
export function styleInside(page: Page, host: string, selector: string, property: string): Promise<string> {
  return page.evaluate(
    ([host, selector, property]) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelector(selector);
      return el ? getComputedStyle(el).getPropertyValue(property) : 'missing';
    },
    [host, selector, property] as const,
  );
}
