import { render } from 'preact';
import jsonLogic from 'json-logic-js';
import { createInstance } from 'i18next';

/**
 * The floor the embed is compared with: the same stack doing the least it can for one question.
 * One i18next string (the legend), one json-logic rule (whether to ask), one Preact render of a
 * fieldset with two radios — the shape of the guide's first screen, without our code or content.
 * Kept fixed: the issue forbids making budgets pass by changing this page.
 */
const i18n = createInstance();
i18n.init({
  initAsync: false,
  lng: 'da',
  resources: { da: { translation: { question: 'Hvilken kommune arbejder du for i sagen?' } } },
});

const ask = jsonLogic.apply({ '==': [{ var: 'step' }, 'perspective'] }, { step: 'perspective' }) === true;

const options = [
  { value: 'receiving', label: 'Tilflytningskommunen' },
  { value: 'current', label: 'Den nuværende kommune' },
];

render(
  ask ? (
    <fieldset>
      <legend>{i18n.t('question')}</legend>
      {options.map((option) => (
        <div key={option.value}>
          <input type="radio" id={`perspective-${option.value}`} name="perspective" value={option.value} />
          <label for={`perspective-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  ) : null,
  document.getElementById('app')!,
);
