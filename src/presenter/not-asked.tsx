import type { Answers, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';

/**
 * The case's answers the guide does not ask for on this walk: once the assessment is settled no
 * answer to them could change it. They are not stepped through, but named, so a trainer asked
 * "what about her friends?" can show why the guide did not ask.
 */
export function NotAsked({ facts, answers }: { facts: readonly FactId[]; answers: Answers }) {
  const { t, has } = useT();
  if (facts.length === 0) return null;
  return (
    <details class="p18-details p18-presenter__not-asked">
      <summary class="p18-details__summary">{t('presenter:questions.notAsked', { count: facts.length })}</summary>
      <div class="p18-details__text">
        <p>{t('presenter:questions.notAskedWhy')}</p>
        <ul class="p18-list">
          {facts.map((fact) => (
            <li key={fact}>
              {t(`rules:facts.${fact}.question`)} – <strong>{answerLabel(t, has, fact, answers[fact])}</strong>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
