import { assess } from '../../src/engine/assess.ts';
import { ticksFor } from '../../src/engine/reasons.ts';
import type { RuleBase } from '../../src/engine/rule-base.ts';
import type { AssessmentClass } from '../../src/engine/types.ts';
import { readJson } from './read-rule-files.ts';
import { screensFor } from './walk-screens.ts';
import { join } from 'node:path';

export type EncodeWalk = typeof import('../../src/ui/state/link-codec.ts').encodeWalk;

/**
 * The link codec, loaded through vite: it reads the locales with `import.meta.glob`, which plain
 * node cannot. Tests running under vitest import it directly instead.
 */
export async function loadLinkCodec(): Promise<{ encodeWalk: EncodeWalk; close(): Promise<void> }> {
  const { createServer } = await import('vite');
  const server = await createServer({ root: join(import.meta.dirname, '..', '..'), configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  const codec = await server.ssrLoadModule('/src/ui/state/link-codec.ts');
  return { encodeWalk: codec.encodeWalk, close: () => server.close() };
}

/** One scenario per outcome class: what the screenshots and the result-first test open. */
export const RESULT_CASES: readonly { class: AssessmentClass; scenario: string }[] = [
  { class: 'dutyIndicated', scenario: 'seedCase-commonChildWaitsForHousing' },
  { class: 'dutyDependsOnCircumstances', scenario: 'threats' },
  { class: 'noDutyStartingPoint', scenario: 'feelsLonely' },
  { class: 'concreteJudgement', scenario: 'open-lonelyButThreatsUnknown' },
  { class: 'notApplicable', scenario: 'scope-notMoving' },
];

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;

/**
 * The fragment that opens a scenario's result as a caseworker would have reached it: the answers
 * the guide asked for (a checkbox page answered with the scenario's ticks), positioned on the result.
 */
export function resultFragment(encodeWalk: EncodeWalk, ruleBase: RuleBase, scenarioId: string, language: 'da' | 'en' = 'da'): { fragment: string; class: AssessmentClass } {
  const scenario = readJson(join(import.meta.dirname, '..', '..', 'rules', 'scenarios', `${scenarioId}.json`)) as {
    perspective?: 'receiving' | 'current';
    answers: Record<string, string>;
  };
  const { answers } = screensFor(ruleBase, scenario.answers, assess, ticksFor);
  const fragment = encodeWalk(ruleBase, { walk: { perspective: scenario.perspective ?? 'receiving', answers, at: { page: 'result' } }, language });
  return { fragment, class: assess(ruleBase, answers).class };
}
