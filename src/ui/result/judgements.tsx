import type { Assessment, Answers } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { answerLabel } from '../answer-text';
import { Heading } from '../heading';

/**
 * "Bygger på dine vurderinger": the caseworker's own assessments the result rests on, both those
 * asked as questions (with the answer given) and those the guidance leaves unformalised.
 */
export function Judgements({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const { t, has } = useT();
  if (assessment.judgements.length === 0) return null;
  return (
    <section class="p18-section">
      <Heading depth={2}>{t('ui:result.judgementsHeading')}</Heading>
      <p>{t('ui:result.judgementsIntro')}</p>
      <ul class="p18-list p18-list--judgements">
        {assessment.judgements.map((j) => (
          <li key={j.id}>
            {j.answer !== undefined ? (
              <>
                {t(`rules:facts.${j.id}.question`)} – <strong>{answerLabel(t, has, j.id, answers[j.id] ?? j.answer)}</strong>
              </>
            ) : (
              t(`rules:judgements.${j.id}`)
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
