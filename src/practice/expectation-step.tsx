import type { AssessmentClass } from '../engine/types';
import { useT } from '../i18n/use-t';
import { ChoiceForm } from '../ui/choice-form';
import { BackButton } from './back-button';
import { EXPECTABLE_CLASSES } from './practice-state';

interface ExpectationStepProps {
  idPrefix: string;
  initial: AssessmentClass | null;
  onChoose(expected: AssessmentClass): void;
  onBack(): void;
}

/** Before the guide says anything: the participant's own bid on the outcome, in the guide's class names. */
export function ExpectationStep({ idPrefix, initial, onChoose, onBack }: ExpectationStepProps) {
  const { t } = useT();
  return (
    <section class="p18-practice__step">
      <p>{t('practice:expectation.intro')}</p>
      <ChoiceForm
        id={`${idPrefix}-expected`}
        question={t('practice:expectation.question')}
        options={EXPECTABLE_CLASSES.map((value) => ({ value, label: t(`rules:classes.${value}.title`) }))}
        initial={initial}
        onChoose={(value) => onChoose(value as AssessmentClass)}
      />
      <BackButton onBack={onBack} />
    </section>
  );
}
