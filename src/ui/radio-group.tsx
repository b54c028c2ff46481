import { FormGroup, type FormGroupProps } from './form-group';

export interface RadioOption {
  value: string;
  label: string;
}

interface RadioGroupProps extends FormGroupProps {
  options: RadioOption[];
  selected: string | null;
  onSelect(value: string): void;
}

/** One question as the GOV.UK and DKFDS radios pattern. */
export function RadioGroup({ options, selected, onSelect, ...group }: RadioGroupProps) {
  return (
    <FormGroup {...group}>
      <div class="p18-radios">
        {options.map((option) => {
          const inputId = `${group.id}-${option.value}`;
          return (
            <div class="p18-radio" key={option.value}>
              <input
                class="p18-radio__input"
                type="radio"
                id={inputId}
                name={group.id}
                value={option.value}
                checked={selected === option.value}
                onChange={() => onSelect(option.value)}
              />
              <label class="p18-radio__label" for={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FormGroup>
  );
}
