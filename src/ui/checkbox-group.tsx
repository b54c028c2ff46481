import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/use-t';
import { FormGroup } from './form-group';

export interface CheckboxOption {
  value: string;
  label: string;
}

interface CheckboxGroupProps {
  id: string;
  legend: ComponentChildren;
  hint?: string;
  options: CheckboxOption[];
  /** The exclusive "none of these": ticking it clears the others, ticking another clears it. */
  none: CheckboxOption;
  selected: ReadonlySet<string>;
  onChange(selected: Set<string>): void;
  error?: { text: string; attempt: number };
}

/**
 * "Select all that apply" as the GOV.UK and DKFDS checkboxes pattern: fieldset, legend, hint and
 * error read with the group, and an exclusive last option set apart by "eller".
 */
export function CheckboxGroup({ id, legend, hint, options, none, selected, onChange, error }: CheckboxGroupProps) {
  const { t } = useT();
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(value === none.value ? [] : [...selected].filter((v) => v !== none.value));
    if (checked) next.add(value);
    else next.delete(value);
    onChange(next);
  };
  const box = (option: CheckboxOption) => {
    const inputId = `${id}-${option.value}`;
    return (
      <div class="p18-checkbox" key={option.value}>
        <input
          class="p18-checkbox__input"
          type="checkbox"
          id={inputId}
          name={id}
          value={option.value}
          checked={selected.has(option.value)}
          onChange={(event) => toggle(option.value, (event.currentTarget as HTMLInputElement).checked)}
        />
        <label class="p18-checkbox__label" for={inputId}>
          {option.label}
        </label>
      </div>
    );
  };
  return (
    <FormGroup id={id} legend={legend} hint={hint} error={error}>
      <div class="p18-checkboxes">
        {options.map(box)}
        <p class="p18-checkboxes__divider">{t('ui:reasons.or')}</p>
        {box(none)}
      </div>
    </FormGroup>
  );
}
