import type { T } from '../i18n/translator';
import type { AnswerValue, FactId } from '../engine/types';

/** A fact's own label for an option set, else the shared yes / no / don't know. */
export function answerLabel(t: T, has: (key: string) => boolean, fact: FactId, value: AnswerValue): string {
  const own = `rules:facts.${fact}.answers.${value}`;
  return has(own) ? t(own) : t(`rules:answers.${value}`);
}

/** A question's text; an id no longer in the rule base (an outdated link) is shown as it is. */
export function questionText(t: T, has: (key: string) => boolean, fact: FactId): string {
  const key = `rules:facts.${fact}.question`;
  return has(key) ? t(key) : fact;
}
