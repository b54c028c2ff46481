import type { Assessment, Answers } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { answerLabel } from '../answer-text';
import { Heading } from '../heading';
import { useRuleBase } from '../rule-base-context';
import { ExampleCard } from './example-card';

/**
 * "Why not the other outcome": each example one of the answers ruled out, the condition that
 * failed and the answer that failed it. Examples ruled out only because their questions did not
 * apply (no answer failed them) say nothing about the case and are left out.
 */
export function WhyNot({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  const ruledOut = assessment.examples.filter((e) => e.state === 'notMatched' && e.failedFacts.length > 0);
  if (ruledOut.length === 0) return null;
  return (
    <section class="p18-section">
      <Heading depth={2}>{t('ui:result.whyNotHeading')}</Heading>
      <p>{t('ui:result.whyNotIntro')}</p>
      <ul class="p18-cards">
        {ruledOut.map((status) => (
          <ExampleCard key={status.id} example={ruleBase.exampleById.get(status.id)!} citations="disclosed" compact>
            <p class="p18-card__label">{t('ui:result.failedConditions')}</p>
            <ul class="p18-list">
              {status.failedConditions.map((c) => (
                <li key={c}>{t(`rules:examples.${status.id}.conditions.${c}`)}</li>
              ))}
            </ul>
            <p class="p18-card__label">{t('ui:result.becauseYouAnswered')}</p>
            <ul class="p18-list">
              {status.failedFacts.map((fact) => (
                <li key={fact}>
                  {t(`rules:facts.${fact}.question`)} – <strong>{answerLabel(t, has, fact, answers[fact])}</strong>
                </li>
              ))}
            </ul>
          </ExampleCard>
        ))}
      </ul>
    </section>
  );
}
