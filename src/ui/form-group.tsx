import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/use-t';

export interface FormGroupProps {
  /** Unique on the page; prefixes the ids of the hint, the note and the error. */
  id: string;
  /** The question, usually a page heading: a fieldset's legend is its accessible name. */
  legend: ComponentChildren;
  hint?: string;
  /** Further text read with the group (e.g. that a judgement question asks for an assessment). */
  note?: ComponentChildren;
  /** The error text after a submit without an answer; the attempt count re-announces it. */
  error?: { text: string; attempt: number };
}

/**
 * The GOV.UK and DKFDS question frame shared by radios and checkboxes: fieldset, legend, hint,
 * note and error, with hint, note and error linked to the group through aria-describedby so they
 * are read with it.
 */
export function FormGroup({ id, legend, hint, note, error, children }: FormGroupProps & { children: ComponentChildren }) {
  const { t } = useT();
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, note && noteId, error && errorId].filter(Boolean).join(' ');
  return (
    <div class={error ? 'p18-form-group p18-form-group--error' : 'p18-form-group'}>
      <fieldset class="p18-fieldset" aria-describedby={describedBy || undefined}>
        <legend class="p18-legend">{legend}</legend>
        {hint && (
          <p id={hintId} class="p18-hint">
            {hint}
          </p>
        )}
        {note && (
          <div id={noteId} class="p18-judgement-note">
            {note}
          </div>
        )}
        {error && (
          // Keyed by attempt: a fresh alert node is announced again on a repeated empty submit.
          <p key={error.attempt} id={errorId} class="p18-error-message" role="alert">
            <span class="p18-visually-hidden">{t('ui:error.prefix')} </span>
            {error.text}
          </p>
        )}
        {children}
      </fieldset>
    </div>
  );
}
