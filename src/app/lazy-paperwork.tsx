import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ResultExtraProps } from '../ui/result/result-extras';
import { useRuleBase } from '../ui/rule-base-context';

type PaperworkComponent = ComponentType<ResultExtraProps & { ruleBase: ReturnType<typeof useRuleBase> }>;
let loaded: Promise<PaperworkComponent> | null = null;
const loadPaperwork = () =>
  (loaded ??= import('../paperwork/app-entry').then((module) => module.Paperwork as PaperworkComponent));

/**
 * The app's paperwork, fetched from its own origin the first time a result is shown: the first
 * screen does not wait for it, and the service worker has it for offline use.
 */
export function LazyPaperwork(props: ResultExtraProps) {
  const ruleBase = useRuleBase();
  const [Paperwork, setPaperwork] = useState<PaperworkComponent | null>(null);
  useEffect(() => {
    let live = true;
    loadPaperwork().then((component) => live && setPaperwork(() => component));
    return () => {
      live = false;
    };
  }, []);
  return Paperwork ? <Paperwork ruleBase={ruleBase} {...props} /> : null;
}
