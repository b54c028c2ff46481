import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answers, Assessment, AssessmentClass, Perspective } from '../engine/types';
import { useT } from '../i18n/use-t';
import { Heading } from '../ui/heading';
import { NotAnswerKeyCaveat } from '../ui/result/caveat';
import { Judgements } from '../ui/result/judgements';
import { Notes } from '../ui/result/notes';

interface AssessmentViewProps {
  assessment: Assessment;
  answers: Answers;
  perspective: Perspective;
}

/** The engine's class in the questionnaire's own words, with the reservation and notes it carries. */
export function AssessmentView({ assessment, answers, perspective }: AssessmentViewProps) {
  const { t } = useT();
  const title = t(`rules:classes.${assessment.class}.title`);
  return (
    <>
      <div class="p18-panel">
        <p class="p18-panel__caption">{t('ui:result.caption')}</p>
        <Heading depth={2} class="p18-panel__title">
          {title}
        </Heading>
        <p>{t(`rules:classes.${assessment.class}.summary`)}</p>
      </div>
      <ClassChange assessmentClass={assessment.class} title={title} />
      <NotAnswerKeyCaveat />
      <Judgements assessment={assessment} answers={answers} />
      <Notes noteIds={assessment.notes} perspective={perspective} />
    </>
  );
}

/**
 * Says so when a changed answer turns the assessment, for those who cannot see the panel change;
 * silent on the reveal itself, which the presenter has just asked for.
 */
function ClassChange({ assessmentClass, title }: { assessmentClass: AssessmentClass; title: string }) {
  const { t } = useT();
  const [message, setMessage] = useState('');
  // The class, not its title: a language switch changes the title but not the assessment.
  const previous = useRef(assessmentClass);
  useEffect(() => {
    if (previous.current !== assessmentClass) setMessage(t('presenter:assessment.changed', { title }));
    previous.current = assessmentClass;
  }, [assessmentClass]);
  return (
    <p class="p18-visually-hidden" role="status">
      {message}
    </p>
  );
}
