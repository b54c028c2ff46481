import type { Answers, ExampleStatus, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';
import { intlLocale } from '../ui/dates';
import { ExampleCard } from '../ui/result/example-card';
import { useRuleBase } from '../ui/rule-base-context';

/**
 * One example in the trace: what kind it is, the engine's reason for its state in the rule
 * base's own words, and its guidance text verbatim with the locator.
 */
export function TraceCard({ status, answers }: { status: ExampleStatus; answers: Answers }) {
  const example = useRuleBase().exampleById.get(status.id)!;
  const { t } = useT();
  return (
    <ExampleCard example={example} citations="open" compact>
      {/* Compact cards leave out the weight; one case's assessment or the statute must still say what it is. */}
      {example.weight && <p class="p18-card__meta">{t(`rules:weights.${example.weight}`)}</p>}
      {(status.state === 'matched' || status.state === 'setAside') && (
        <LabelledList labelKey="presenter:trace.conditionsHold" items={example.conditions.map((c) => conditionKey(status.id, c.id))} />
      )}
      {status.state === 'setAside' && status.setAsideBy && <SetAsideBy by={status.setAsideBy} />}
      {status.state === 'open' && <Deciding status={status} />}
      {status.state === 'notMatched' && <Failed status={status} answers={answers} />}
    </ExampleCard>
  );
}

const conditionKey = (exampleId: string, conditionId: string) => `rules:examples.${exampleId}.conditions.${conditionId}`;

function LabelledList({ labelKey, items }: { labelKey: string; items: string[] }) {
  const { t } = useT();
  return (
    <>
      <p class="p18-card__label">{t(labelKey)}</p>
      <ul class="p18-list">
        {items.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </>
  );
}

function SetAsideBy({ by }: { by: { precedence: string; example: string } }) {
  const { t } = useT();
  return (
    <p>
      {t('ui:result.setAsideBy', { example: t(`rules:examples.${by.example}.title`) })} {t(`rules:precedence.${by.precedence}`)}
    </p>
  );
}

function Deciding({ status }: { status: ExampleStatus }) {
  const { t, has, language } = useT();
  const listFormat = new Intl.ListFormat(intlLocale(language), { type: 'disjunction' });
  return (
    <>
      <p class="p18-card__label">{t('presenter:trace.decidedBy')}</p>
      <ul class="p18-list">
        {status.decidingAnswers.map((d) => (
          <li key={d.fact}>
            {t(`rules:facts.${d.fact}.question`)} – <strong>{listFormat.format(d.values.map((v) => answerLabel(t, has, d.fact, v)))}</strong>
          </li>
        ))}
      </ul>
      {status.cannotChangeClass && <p>{t('presenter:trace.cannotChangeClass')}</p>}
    </>
  );
}

function Failed({ status, answers }: { status: ExampleStatus; answers: Answers }) {
  const { t, has } = useT();
  const given = (fact: FactId) => (answers[fact] === undefined ? t('presenter:trace.notAnswered') : answerLabel(t, has, fact, answers[fact]));
  return (
    <>
      <LabelledList labelKey="presenter:trace.failedConditions" items={status.failedConditions.map((c) => conditionKey(status.id, c))} />
      {status.failedFacts.length === 0 ? (
        <p>{t('presenter:trace.notAsked')}</p>
      ) : (
        <>
          <p class="p18-card__label">{t('presenter:trace.failedOn')}</p>
          <ul class="p18-list">
            {status.failedFacts.map((fact) => (
              <li key={fact}>
                {t(`rules:facts.${fact}.question`)} – <strong>{given(fact)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
