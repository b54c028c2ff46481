import type { AssessmentClass } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { Heading } from '../heading';
import type { ComponentChildren } from 'preact';

/**
 * The outcome as an alert of its own per class (the DKFDS alert variants): a different icon and a
 * different title for each, so the class never rests on colour alone.
 */
const VARIANT: Readonly<Record<AssessmentClass, 'success' | 'warning' | 'info' | 'judgement' | 'neutral'>> = {
  dutyIndicated: 'success',
  dutyDependsOnCircumstances: 'warning',
  noDutyStartingPoint: 'info',
  concreteJudgement: 'judgement',
  notApplicable: 'neutral',
};

export function Outcome({ assessmentClass, children }: { assessmentClass: AssessmentClass; children?: ComponentChildren }) {
  const { t } = useT();
  const variant = VARIANT[assessmentClass];
  return (
    <div class={`p18-outcome p18-outcome--${variant}`}>
      <OutcomeIcon variant={variant} />
      <div class="p18-outcome__body">
        <p class="p18-outcome__caption">{t('ui:result.caption')}</p>
        <Heading depth={1} pageHeading class="p18-outcome__title">
          {t(`rules:classes.${assessmentClass}.title`)}
        </Heading>
        {children}
      </div>
    </div>
  );
}

/** Drawn shapes, not glyphs: a tick, an exclamation mark, an "i", a question mark, a dash. */
function OutcomeIcon({ variant }: { variant: (typeof VARIANT)[AssessmentClass] }) {
  const paths: Record<typeof variant, string> = {
    success: 'M7 12.5l3.5 3.5L17 9',
    warning: 'M12 7v6.5M12 16.5v.5',
    info: 'M12 11v6M12 7.5v.5',
    judgement: 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M12 17v.5',
    neutral: 'M8 12h8',
  };
  return (
    <svg class="p18-outcome__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" />
      <path d={paths[variant]} />
    </svg>
  );
}
