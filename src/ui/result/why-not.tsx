import type { ExampleStatus } from '../../engine/types';
import type { Assessment, Answers } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { answerLabel } from '../answer-text';
import { Heading } from '../heading';
import { useRuleBase } from '../rule-base-context';
import { ExampleCard } from './example-card';

/**
 * "Why not the other outcome", folded. Shown first: the examples one answer of the caseworker's
 * ruled out, with the condition and the answer — the near misses. Behind "Vis alle": the rest,
 * ruled out by several answers or by a reason not given. Examples ruled out only because their
 * questions did not apply say nothing about the case and are left out.
 */
export function WhyNot({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const { t } = useT();
  const ruledOut = assessment.examples.filter((e) => e.state === 'notMatched' && e.failedFacts.length > 0);
  if (ruledOut.length === 0) return null;
  const nearMiss = (e: ExampleStatus) => e.failedFacts.length === 1 && answers[e.failedFacts[0]] !== undefined;
  const near = ruledOut.filter(nearMiss);
  const rest = ruledOut.filter((e) => !nearMiss(e));
  return (
    <section class="p18-section">
      <Heading depth={2}>{t('ui:result.whyNotHeading')}</Heading>
      <details class="p18-details">
        <summary class="p18-details__summary">{t('ui:result.whyNotSummary', { count: near.length })}</summary>
        <div class="p18-details__text">
          <p>{t('ui:result.whyNotIntro')}</p>
          <ul class="p18-cards">
            {near.map((status) => (
              <RuledOut key={status.id} status={status} answers={answers} />
            ))}
          </ul>
          {rest.length > 0 && (
            <details class="p18-details">
              <summary class="p18-details__summary">{t('ui:result.showAll', { count: rest.length })}</summary>
              <ul class="p18-cards">
                {rest.map((status) => (
                  <RuledOut key={status.id} status={status} answers={answers} />
                ))}
              </ul>
            </details>
          )}
        </div>
      </details>
    </section>
  );
}

function RuledOut({ status, answers }: { status: ExampleStatus; answers: Answers }) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  return (
    <ExampleCard example={ruleBase.exampleById.get(status.id)!} citations="disclosed" compact>
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
            {factLine(t, has, ruleBase, fact, answers)}
          </li>
        ))}
      </ul>
    </ExampleCard>
  );
}

/** A direct answer as question and answer; a fact an unticked reason settled, as "not given". */
function factLine(t: ReturnType<typeof useT>['t'], has: (key: string) => boolean, ruleBase: ReturnType<typeof useRuleBase>, fact: string, answers: Answers) {
  if (answers[fact] !== undefined) return `${t(`rules:facts.${fact}.question`)} – ${answerLabel(t, has, fact, answers[fact])}`;
  const by = ruleBase.reasons.settledBy.get(fact)?.find((option) => answers[option] !== undefined);
  if (by === undefined) return t(`rules:facts.${fact}.question`);
  return t(answers[by] === 'yes' ? 'ui:reasons.ticked' : 'ui:reasons.notGiven', { reason: t(`ui:reasons.options.${by}`) });
}
