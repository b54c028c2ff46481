import type { Assessment } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { answerLabel } from '../answer-text';
import { intlLocale } from '../dates';
import { Heading } from '../heading';
import { useRuleBase } from '../rule-base-context';
import { ExampleCard } from './example-card';

/**
 * The examples still open (an answer was "don't know") and the answers that would decide them;
 * then, briefly, those the walk did not ask about because no answer could change the class.
 */
export function WhatWouldChange({ assessment }: { assessment: Assessment }) {
  const { t, has, language } = useT();
  const ruleBase = useRuleBase();
  const open = assessment.examples.filter((e) => e.state === 'open' && !e.cannotChangeClass);
  const notAsked = assessment.examples.filter((e) => e.state === 'open' && e.cannotChangeClass);
  if (open.length === 0 && notAsked.length === 0) return null;
  const listFormat = new Intl.ListFormat(intlLocale(language), { type: 'disjunction' });
  return (
    <section class="p18-section">
      <Heading depth={2}>{t('ui:result.changeHeading')}</Heading>
      <details class="p18-details">
        <summary class="p18-details__summary">{t('ui:result.showWhatWouldChange', { count: open.length + notAsked.length })}</summary>
      {open.length > 0 && (
        <ul class="p18-cards">
          {open.map((status) => (
            <ExampleCard key={status.id} example={ruleBase.exampleById.get(status.id)!} citations="disclosed" compact>
              <p class="p18-card__label">{t('ui:result.wouldBeDecidedBy')}</p>
              <ul class="p18-list">
                {status.decidingAnswers.map((d) => (
                  <li key={d.fact}>
                    {t(`rules:facts.${d.fact}.question`)} –{' '}
                    <strong>{listFormat.format(d.values.map((v) => answerLabel(t, has, d.fact, v)))}</strong>
                  </li>
                ))}
              </ul>
            </ExampleCard>
          ))}
        </ul>
      )}
      {notAsked.length > 0 && (
        <>
          <p>{t('ui:result.notAsked')}</p>
          <ul class="p18-list">
            {notAsked.map((status) => (
              <li key={status.id}>{t(`rules:examples.${status.id}.title`)}</li>
            ))}
          </ul>
        </>
      )}
      </details>
    </section>
  );
}
