import type { RuleBase } from '../../engine/rule-base';
import type { Assessment, Perspective } from '../../engine/types';
import type { T } from '../../i18n/translator';
import { useT } from '../../i18n/use-t';
import { Heading } from '../heading';
import { useRuleBase } from '../rule-base-context';
import { orderNotes } from './notes';

/** At most this many steps: the one for the class and perspective, then the leading notes'. */
const MAX_STEPS = 3;

/**
 * "Det skal du gøre nu": one step for this class and perspective, then the notes that apply, those
 * leading for the perspective first, each in its short imperative form where the locale has one.
 */
export function nextSteps(t: T, has: (key: string) => boolean, ruleBase: RuleBase, assessment: Assessment, perspective: Perspective): string[] {
  const notes = orderNotes(ruleBase, assessment.notes, perspective)
    .slice(0, MAX_STEPS - 1)
    .map((note) => (has(`ui:nextSteps.notes.${note.id}`) ? t(`ui:nextSteps.notes.${note.id}`) : t(`rules:notes.${note.id}.title`)));
  return [t(`ui:nextSteps.classes.${assessment.class}.${perspective}`), ...notes];
}

export function NextSteps({ assessment, perspective }: { assessment: Assessment; perspective: Perspective }) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  return (
    <section class="p18-next-steps">
      <Heading depth={2} class="p18-next-steps__heading">
        {t('ui:nextSteps.heading')}
      </Heading>
      <ol class="p18-next-steps__list">
        {nextSteps(t, has, ruleBase, assessment, perspective).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
