import type { Answers, Assessment } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';
import { Heading } from '../ui/heading';

/**
 * On paper the one-question stepper says little, so the print shows every answer the assessment
 * rests on instead. Hidden on screen by the stylesheet.
 */
export function PrintAnswers({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const { t, has } = useT();
  const answered = assessment.relevantFacts.filter((fact) => answers[fact] !== undefined);
  return (
    <div class="p18-presenter__print-only">
      <Heading depth={1}>{t('presenter:print.answersHeading')}</Heading>
      <dl class="p18-summary">
        {answered.map((fact) => (
          <div key={fact} class="p18-summary__row">
            <dt class="p18-summary__key">{t(`rules:facts.${fact}.question`)}</dt>
            <dd class="p18-summary__value">{answerLabel(t, has, fact, answers[fact])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
