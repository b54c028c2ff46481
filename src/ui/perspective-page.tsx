import type { Perspective } from '../engine/types';
import type { T } from '../i18n/translator';
import type { ChoiceFormProps } from './choice-form';
import { PERSPECTIVES } from './state/walk-state';

/**
 * The first choice: who is asking. It orders the notes on the result; it never changes the
 * assessment. Asked in the form the questions after it reuse (see QuestionPage), so it is given as
 * the form's content rather than as a page of its own.
 */
export function perspectiveChoice(t: T, idPrefix: string, current: Perspective | null, onChoose: (perspective: Perspective) => void): ChoiceFormProps {
  return {
    id: `${idPrefix}-perspective`,
    question: t('ui:perspective.question'),
    hint: t('ui:perspective.hint'),
    options: PERSPECTIVES.map((value) => ({ value, label: t(`rules:perspectives.${value}`) })),
    initial: current,
    onChoose: (value) => onChoose(value as Perspective),
  };
}
