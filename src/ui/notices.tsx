import { useT } from '../i18n/use-t';
import { DroppedList } from './dropped-list';
import type { DroppedAnswer } from './state/walk-state';

/** After a changed answer: which later answers no longer apply and were taken out. */
export function ChangeNotice({ dropped }: { dropped: DroppedAnswer[] }) {
  const { t } = useT();
  return (
    <div class="p18-notice" role="status">
      <p class="p18-notice__title">{t('ui:change.title')}</p>
      <p>{t('ui:change.text')}</p>
      <DroppedList dropped={dropped} />
    </div>
  );
}

export type LinkProblem = { kind: 'invalid' } | { kind: 'tooLong' } | { kind: 'tooLong' } | { kind: 'outdated'; madeWith: string; dropped: DroppedAnswer[] };

/** What went wrong with the link the guide was opened from; nothing from a damaged link is used. */
export function LinkNotice({ problem }: { problem: LinkProblem }) {
  const { t } = useT();
  if (problem.kind === 'invalid' || problem.kind === 'tooLong') {
    return (
      <div class="p18-notice p18-notice--warning" role="alert">
        <p class="p18-notice__title">{t('ui:link.invalidTitle')}</p>
        <p>{t(problem.kind === 'tooLong' ? 'ui:link.tooLongText' : 'ui:link.invalidText')}</p>
      </div>
    );
  }
  return (
    <div class="p18-notice p18-notice--warning" role="status">
      <p class="p18-notice__title">{t('ui:link.outdatedTitle')}</p>
      <p>{t('ui:link.outdatedText', { version: problem.madeWith })}</p>
      {problem.dropped.length > 0 && (
        <>
          <p>{t('ui:link.outdatedDropped')}</p>
          <DroppedList dropped={problem.dropped} />
        </>
      )}
    </div>
  );
}

/** Storage is full or blocked: the walk goes on, but a reload would lose it, so the caseworker is told. */
export function UnsavedNotice() {
  const { t } = useT();
  return (
    <div class="p18-notice p18-notice--warning" role="status">
      <p class="p18-notice__title">{t('ui:storage.unsavedTitle')}</p>
      <p>{t('ui:storage.unsavedText')}</p>
    </div>
  );
}

/** After a changed answer raised new questions: how many, so the walk's length is never a surprise. */
export function RaisedNotice({ count }: { count: number }) {
  const { t } = useT();
  return (
    <div class="p18-notice" role="status">
      <p>{t('ui:change.raised', { count })}</p>
    </div>
  );
}

/** "Start forfra" takes effect at once and can be undone until the next step. */
export function StartedOverNotice({ onUndo }: { onUndo(): void }) {
  const { t } = useT();
  return (
    <div class="p18-notice" role="status">
      <p>
        {t('ui:walk.startedOver')}{' '}
        <button type="button" class="p18-link-button" onClick={onUndo}>
          {t('ui:walk.undoStartOver')}
        </button>
      </p>
    </div>
  );
}
