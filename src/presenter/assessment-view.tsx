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

/**
 * The engine's class in the questionnaire's own words, first and in view (its caption says it is
 * guidance, not a decision); what it means, the reservation, the judgements and the notes below
 * it, folded, so the class and the question share one shared screen.
 */
export function AssessmentView({ assessment, answers, perspective }: AssessmentViewProps) {
  const { t } = useT();
  const title = t(`rules:classes.${assessment.class}.title`);
  return (
    <>
      <div class="p18-panel p18-presenter__class">
        <p class="p18-panel__caption">{t('ui:result.caption')}</p>
        <Heading depth={2} class="p18-panel__title">
          {title}
        </Heading>
        <ClassChange assessmentClass={assessment.class} title={title} />
      </div>
      <details class="p18-details p18-presenter__more">
        <summary class="p18-details__summary">{t('presenter:assessment.more')}</summary>
        <div class="p18-details__text">
          <p>{t(`rules:classes.${assessment.class}.summary`)}</p>
          <NotAnswerKeyCaveat />
          <Judgements assessment={assessment} answers={answers} />
          <Notes noteIds={assessment.notes} perspective={perspective} />
        </div>
      </details>
    </>
  );
}

/**
 * Says so when a changed answer turns the assessment, on screen beside the new title and to a
 * screen reader; silent on the reveal itself, which the presenter has just asked for.
 */
function ClassChange({ assessmentClass, title }: { assessmentClass: AssessmentClass; title: string }) {
  const { t } = useT();
  const [message, setMessage] = useState('');
  // The class, not its title: a language switch changes the title but not the assessment.
  const previous = useRef(assessmentClass);
  const box = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (previous.current !== assessmentClass) {
      setMessage(t('presenter:assessment.changed', { title }));
      box.current?.closest('.p18-presenter__class')?.scrollIntoView?.({ block: 'nearest' });
    }
    previous.current = assessmentClass;
  }, [assessmentClass]);
  return (
    <p ref={box} class="p18-presenter__changed" role="status">
      {/* Beside the trace on a short screen the line is cut to its first words (the title is just above); a screen reader hears it whole. */}
      {message && (
        <>
          <span class="p18-presenter__changed-short" aria-hidden="true">
            {t('presenter:assessment.changedShort')}
          </span>
          <span class="p18-presenter__changed-full">{message}</span>
        </>
      )}
    </p>
  );
}
