import type { Assessment } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { Heading } from '../heading';
import { useRuleBase } from '../rule-base-context';
import { ExampleCard } from './example-card';

/** The examples the case matches, each with the conditions that hold and the quote it rests on (folded). */
export function MatchedExamples({ assessment }: { assessment: Assessment }) {
  const { t } = useT();
  const ruleBase = useRuleBase();
  const byId = (id: string) => ruleBase.exampleById.get(id)!;
  const matched = assessment.examples.filter((e) => e.state === 'matched');
  const setAside = assessment.examples.filter((e) => e.state === 'setAside');
  return (
    <section class="p18-section">
      <Heading depth={2}>
        {t('ui:result.matchedHeading')}
      </Heading>
      {matched.length === 0 && <p>{t('ui:result.noneMatched')}</p>}
      <ul class="p18-cards">
        {matched.map((status) => {
          const example = byId(status.id);
          return (
            <ExampleCard key={status.id} example={example} citations="disclosed">
              <ul class="p18-list p18-list--conditions">
                {example.conditions.map((c) => (
                  <li key={c.id}>{t(`rules:examples.${example.id}.conditions.${c.id}`)}</li>
                ))}
              </ul>
            </ExampleCard>
          );
        })}
        {setAside.map((status) => (
          <ExampleCard key={status.id} example={byId(status.id)} citations="disclosed">
            <p class="p18-card__state">{t('rules:states.setAside')}</p>
            {status.setAsideBy && (
              <p>
                {t('ui:result.setAsideBy', { example: t(`rules:examples.${status.setAsideBy.example}.title`) })}{' '}
                {t(`rules:precedence.${status.setAsideBy.precedence}`)}
              </p>
            )}
          </ExampleCard>
        ))}
      </ul>
    </section>
  );
}
