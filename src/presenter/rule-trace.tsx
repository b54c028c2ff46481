import type { Answers, Assessment } from '../engine/types';
import { useT } from '../i18n/use-t';
import { Heading } from '../ui/heading';
import { traceOf } from './trace';
import { TraceCard } from './trace-card';

/**
 * Why the assessment is what it is: every example the engine weighed, grouped by how it came out
 * on the current answers, each with the passage behind it. It re-renders from each new assessment.
 */
export function RuleTrace({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const { t } = useT();
  return (
    <>
      <p>{t('presenter:trace.intro')}</p>
      {traceOf(assessment).map((group) => (
        <section key={group.state} class="p18-presenter__trace-group">
          <Heading depth={2}>{t(`rules:states.${group.state}`)}</Heading>
          {group.examples.length === 0 ? (
            <p>{t('presenter:trace.none')}</p>
          ) : (
            <ul class="p18-cards">
              {group.examples.map((status) => (
                <TraceCard key={status.id} status={status} answers={answers} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
