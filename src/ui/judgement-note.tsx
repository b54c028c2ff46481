import type { FactKind } from '../engine/types';
import type { T } from '../i18n/translator';

/** A judgement question says it asks for the caseworker's own assessment, with no limit set by the source. */
export function judgementNote(kind: FactKind, t: T) {
  if (kind !== 'judgement') return undefined;
  return (
    <p class="p18-judgement-note__text">
      <strong>{t('ui:question.judgementLabel')}</strong> {t('rules:judgementFact')}
    </p>
  );
}
