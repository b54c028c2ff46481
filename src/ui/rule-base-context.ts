import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RuleBase } from '../engine/rule-base';

/** The compiled rule base the guide renders; given by whoever mounts it (app, embed, test). */
export const RuleBaseContext = createContext<RuleBase | null>(null);

export function useRuleBase(): RuleBase {
  const ruleBase = useContext(RuleBaseContext);
  if (!ruleBase) throw new Error('useRuleBase outside <Guide>');
  return ruleBase;
}
