import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { Heading } from './heading';
import { RadioGroup, type RadioOption } from './radio-group';

export interface ChoiceFormProps {
  id: string;
  question: string;
  hint?: string;
  note?: ComponentChildren;
  options: RadioOption[];
  initial: string | null;
  onChoose(value: string): void;
  /** Shown between the question and the continue button (e.g. "Hvorfor spørger vi?"). */
  children?: ComponentChildren;
}

/**
 * State that starts over when `owner` changes. The walk shows its next question in the same form
 * (only the texts and options change, so a step builds and lays out little), and the next
 * question must not inherit the last one's choice or error.
 */
function useStateOf<S>(owner: string, initial: S): [S, (value: S) => void] {
  const [held, setHeld] = useState({ owner, value: initial });
  return [held.owner === owner ? held.value : initial, (value) => setHeld({ owner, value })];
}

/** A page that asks one thing: the question is the page heading and the group's legend. */
export function ChoiceForm({ id, question, hint, note, options, initial, onChoose, children }: ChoiceFormProps) {
  const { t } = useT();
  const [selected, setSelected] = useStateOf<string | null>(id, initial);
  // The attempt count keys the alert, so a repeated empty submit is announced again.
  const [error, setError] = useStateOf<{ shown: boolean; attempt: number }>(id, { shown: false, attempt: 0 });

  const submit = (event: Event) => {
    event.preventDefault();
    if (selected === null) {
      setError({ shown: true, attempt: error.attempt + 1 });
      return;
    }
    onChoose(selected);
  };

  return (
    <form class="p18-form" noValidate onSubmit={submit}>
      <RadioGroup
        id={id}
        legend={
          // Keyed by the question: each question's heading is a new element, which takes focus
          // (and is announced) as a new page's heading does.
          <Heading key={id} depth={1} pageHeading class="p18-legend__heading">
            {question}
          </Heading>
        }
        hint={hint}
        note={note}
        options={options}
        selected={selected}
        onSelect={(value) => {
          setSelected(value);
          setError({ shown: false, attempt: error.attempt });
        }}
        error={error.shown ? { text: t('ui:error.chooseAnswer'), attempt: error.attempt } : undefined}
      />
      {children}
      <div class="p18-actions">
        {/* Handled on click, with the submission itself prevented: in a frame sandboxed without
            `allow-forms` a form never submits, and the guide must still go on. Enter in the group
            clicks this default button too. */}
        <button type="submit" class="p18-button" onClick={submit}>
          {t('ui:walk.continue')}
        </button>
      </div>
    </form>
  );
}
