import type { assess as Assess } from '../../src/engine/assess.ts';
import type { ticksFor as TicksFor } from '../../src/engine/reasons.ts';
import type { RuleBase } from '../../src/engine/rule-base.ts';

/**
 * The pages the guide shows for a set of answers: the perspective, one page per question the
 * engine asks (a checkbox group is one page), the check page. A question the answers do not cover
 * ends the walk and is named, so a scenario that no longer fits the walk shows up.
 */
export function screensFor(ruleBase: RuleBase, given: Record<string, string>, assess: typeof Assess, ticksFor: typeof TicksFor) {
  const ticks = ticksFor(ruleBase.reasons, given);
  const answers: Record<string, string> = {};
  const pages = ['perspective'];
  let unanswered: string | null = null;
  for (let result = assess(ruleBase, answers); result.nextFact !== null; result = assess(ruleBase, answers)) {
    const fact = ruleBase.factById.get(result.nextFact)!;
    if (fact.group !== undefined) {
      for (const { id } of ruleBase.reasons.groups.find((g) => g.id === fact.group)!.options) answers[id] = ticks[id];
      pages.push(fact.group);
    } else if (given[fact.id] !== undefined) {
      answers[fact.id] = given[fact.id];
      pages.push(fact.id);
    } else {
      unanswered = fact.id;
      break;
    }
    if (pages.length > 100) throw new Error(`the walk did not end: ${pages.join(' → ')}`);
  }
  pages.push('check');
  return { screens: pages.length, pages, unanswered, answers };
}
