import type { Fact } from '../../src/engine/types.ts';
import type { RuleProblem } from './validate-rules.ts';

/**
 * `rules/reasons.json` settles facts by ticking (or not ticking) an option, so an option that sets
 * a fact to an answer it does not take is the same impossible value as in a comparison, only
 * written as data; it is checked the same way, with its place.
 */
interface ReasonGroupsFile {
  groups?: { id?: string; askedBefore?: string; cites?: string[]; options?: { id?: string; given?: Record<string, string>; notGiven?: Record<string, string> }[] }[];
}

export function checkReasonGroups(
  file: string,
  data: ReasonGroupsFile | undefined,
  factById: ReadonlyMap<string, Fact>,
  citationIds: ReadonlySet<string>,
): { problems: RuleProblem[]; texts: string[][] } {
  const problems: RuleProblem[] = [];
  const texts: string[][] = [];
  if (!Array.isArray(data?.groups)) return { problems, texts };
  const optionIds = new Set<string>();
  data.groups.forEach((group, g) => {
    const at = `/groups/${g}`;
    if (group.askedBefore !== undefined && !factById.has(group.askedBefore)) {
      problems.push({ file, message: `group ${group.id} at ${at}/askedBefore names "${group.askedBefore}", which is not a fact id` });
    }
    for (const id of group.cites ?? []) {
      if (!citationIds.has(id)) problems.push({ file, message: `group ${group.id} at ${at}/cites cites "${id}", which no rule file defines` });
    }
    texts.push(['reasons', 'groups', String(group.id), 'question'], ['reasons', 'groups', String(group.id), 'hint']);
    (group.options ?? []).forEach((option, o) => {
      if (optionIds.has(String(option.id))) problems.push({ file, message: `option id "${option.id}" at ${at}/options/${o} is used twice` });
      optionIds.add(String(option.id));
      texts.push(['reasons', 'options', String(option.id)]);
      for (const side of ['given', 'notGiven'] as const) {
        for (const [fact, value] of Object.entries(option[side] ?? {})) {
          const place = `${at}/options/${o}/${side}/${fact}`;
          if (!factById.has(fact)) problems.push({ file, message: `option ${option.id} at ${place} sets "${fact}", which is not a fact id` });
          else if (!factById.get(fact)!.answers.includes(value)) {
            problems.push({ file, message: `option ${option.id} at ${place} sets "${fact}" to "${value}", which it does not take` });
          }
        }
      }
    });
  });
  return { problems, texts };
}
