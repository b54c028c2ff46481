import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { Heading } from './heading';
import { RadioGroup, type RadioOption } from './radio-group';

interface ChoiceFormProps {
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

/** A page that asks one thing: the question is the page heading and the group's legend. */
export function ChoiceForm({ id, question, hint, note, options, initial, onChoose, children }: ChoiceFormProps) {
  const { t } = useT();
  const [selected, setSelected] = useState<string | null>(initial);
  const [attempt, setAttempt] = useState(0);
  const [showError, setShowError] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    if (selected === null) {
      setShowError(true);
      setAttempt(attempt + 1);
      return;
    }
    onChoose(selected);
  };

  return (
    <form class="p18-form" noValidate onSubmit={submit}>
      <RadioGroup
        id={id}
        legend={
          <Heading depth={1} pageHeading class="p18-legend__heading">
            {question}
          </Heading>
        }
        hint={hint}
        note={note}
        options={options}
        selected={selected}
        onSelect={(value) => {
          setSelected(value);
          setShowError(false);
        }}
        error={showError ? { text: t('ui:error.chooseAnswer'), attempt } : undefined}
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
