import { useT } from '../i18n/use-t';
import { questionText } from './answer-text';
import type { DroppedAnswer } from './state/walk-state';

/** Answers taken out of the walk, as question and answer; ids the rule base no longer knows stay ids. */
export function DroppedList({ dropped }: { dropped: DroppedAnswer[] }) {
  const { t, has } = useT();
  const answerText = ({ fact, value }: DroppedAnswer) => {
    const own = `rules:facts.${fact}.answers.${value}`;
    if (has(own)) return t(own);
    return has(`rules:answers.${value}`) ? t(`rules:answers.${value}`) : value;
  };
  return (
    <ul class="p18-list">
      {dropped.map((item) => (
        <li key={item.fact}>
          {questionText(t, has, item.fact)} – <strong>{answerText(item)}</strong>
        </li>
      ))}
    </ul>
  );
}
