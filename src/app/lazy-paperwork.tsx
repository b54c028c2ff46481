import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import type { JudgementNotes } from '../ui/judgement-basis/notes';
import type { ResultExtraProps } from '../ui/result/result-extras';
import { useRuleBase } from '../ui/rule-base-context';
import { useJudgementNotes } from '../ui/judgement-basis/context';

type PaperworkComponent = ComponentType<ResultExtraProps & { ruleBase: ReturnType<typeof useRuleBase>; judgementNotes?: JudgementNotes }>;
let loaded: Promise<PaperworkComponent> | null = null;

/** Fetches the paperwork chunk once; a failure is not kept, so a later attempt asks again. */
export const loadPaperwork = (): Promise<PaperworkComponent> =>
  (loaded ??= import('../paperwork/app-entry').then(
    (module) => module.Paperwork as PaperworkComponent,
    (error: unknown) => {
      loaded = null;
      throw error;
    },
  ));

/**
 * Fetched once the page is idle, well before any result: a tab left open keeps working with the
 * chunk it has in memory even after a deploy has replaced it on the server and in the service
 * worker (which, with skipWaiting, takes over open tabs).
 */
export function preloadPaperwork(win: Window = window): void {
  const load = () => void loadPaperwork().catch(() => {});
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(load, { timeout: 5000 });
  else win.setTimeout(load, 2000);
}

/**
 * The app's paperwork, fetched from its own origin: the first screen does not wait for it, and the
 * service worker has it for offline use. If it cannot be fetched (a newer version was published
 * since this page was opened, and this tab's chunk is gone), the result page says so plainly and
 * offers the reload that brings it back, with the answers kept in the link.
 */
export function LazyPaperwork({ load = loadPaperwork, ...props }: ResultExtraProps & { load?: () => Promise<PaperworkComponent> }) {
  const ruleBase = useRuleBase();
  const judgementNotes = useJudgementNotes()?.notes;
  const { t } = useT();
  const [Paperwork, setPaperwork] = useState<PaperworkComponent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    load().then(
      (component) => live && setPaperwork(() => component),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) {
    return (
      <div class="p18-notice p18-notice--warning" role="status">
        <p class="p18-notice__title">{t('ui:update.paperworkMissingTitle')}</p>
        <p>{t('ui:update.paperworkMissingText')}</p>
        <button type="button" class="p18-button" onClick={() => location.reload()}>
          {t('ui:update.reload')}
        </button>
      </div>
    );
  }
  return Paperwork ? <Paperwork ruleBase={ruleBase} judgementNotes={judgementNotes} {...props} /> : null;
}
