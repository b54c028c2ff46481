import type { Answers, Assessment } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { answerLabel, questionText } from '../answer-text';
import { Heading } from '../heading';

/**
 * A circumstance the case holds that no example settles (the child with the partner there, when
 * the person does not want to live with the partner): named, with the example it belongs to, the
 * condition that failed and the answer that failed it. It is why a need-not example could not be
 * the starting point.
 */
export function UnsettledCircumstances({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const { t, has } = useT();
  const unsettled = assessment.unsettledCircumstances ?? [];
  if (unsettled.length === 0) return null;
  return (
    <section class="p18-section p18-unsettled">
      <Heading depth={2}>{t('rules:unsettled.heading')}</Heading>
      <p>{t('rules:unsettled.intro')}</p>
      <ul class="p18-cards">
        {unsettled.map((u) => (
          <li key={u.example} class="p18-card">
            <Heading depth={3} class="p18-card__title">
              {t(`rules:examples.${u.example}.circumstance`)}
            </Heading>
            <p>{t('rules:unsettled.because', { example: t(`rules:examples.${u.example}.title`) })}</p>
            <ul class="p18-list">
              {u.conditions.map((c) => (
                <li key={c}>{t(`rules:examples.${u.example}.conditions.${c}`)}</li>
              ))}
            </ul>
            {u.failedFacts.map((fact) => (
              <p key={fact}>
                {t('rules:unsettled.answer', { question: questionText(t, has, fact), answer: answerLabel(t, has, fact, answers[fact]) })}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
