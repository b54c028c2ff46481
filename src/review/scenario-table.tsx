import { useT } from '../i18n/use-t';
import { answerLabel, questionText } from '../ui/answer-text';
import type { Mismatch, ScenarioRun } from './scenario-check';

interface ScenarioTableProps {
  runs: readonly ScenarioRun[];
  /** What the table is about, for its caption. */
  title: string;
  /** The facts the rule reads: their answers are listed first, one per line; the rest follow in a paragraph. */
  focusFacts: readonly string[];
}

/**
 * Each scenario as answers → expected outcome, beside what the engine in this page gives for the
 * same answers right now. A failing row says so in words and with a mark, not by colour alone.
 */
export function ScenarioTable({ runs, title, focusFacts }: ScenarioTableProps) {
  const { t, has } = useT();
  const exampleTitle = (id: string) => (has(`rules:examples.${id}.title`) ? t(`rules:examples.${id}.title`) : id);
  const outcome = (assessmentClass: string, matched: readonly string[]) => (
    <>
      <strong>{t(`rules:classes.${assessmentClass}.title`)}</strong>
      <br />
      {matched.length > 0 ? t('review:scenario.matched', { examples: matched.map(exampleTitle).join('; ') }) : t('review:scenario.matchedNone')}
    </>
  );
  const answers = (entries: [string, string][]) =>
    entries.map(([fact, value]) => (
      <li key={fact}>
        {questionText(t, has, fact)} <span class="p18-review__answer">{answerLabel(t, has, fact, value)}</span>
      </li>
    ));
  const mismatchText = (m: Mismatch) => {
    const label = t(`review:scenario.mismatch.${m.check}`);
    if ('missing' in m) return `${label} (${m.missing.join(', ')})`;
    if ('fact' in m) return t('review:scenario.incomplete', { fact: m.fact });
    return m.example ? `${label} (${m.example})` : label;
  };
  return (
    <div class="p18-review__table-wrap" role="region" aria-label={t('review:scenario.caption', { title })} tabIndex={0}>
      <table class="p18-review__scenarios">
        <caption>{t('review:scenario.caption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review:scenario.id')}</th>
            <th scope="col">{t('review:scenario.answers')}</th>
            <th scope="col">{t('review:scenario.expected')}</th>
            <th scope="col">{t('review:scenario.actual')}</th>
            <th scope="col">{t('review:scenario.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map(({ scenario, result, mismatches, passes }) => {
            const matchedNow = result.examples.filter((e) => e.state === 'matched').map((e) => e.id);
            const entries = Object.entries(scenario.answers);
            const focused = entries.filter(([fact]) => focusFacts.includes(fact));
            const others = entries.filter(([fact]) => !focusFacts.includes(fact));
            return (
              <tr key={scenario.id} class={passes ? 'p18-review__row' : 'p18-review__row p18-review__row--failing'} data-scenario={scenario.id} data-verdict={passes ? 'pass' : 'fail'}>
                <th scope="row">
                  <code>{scenario.id}</code>
                </th>
                <td data-label={t('review:scenario.answers')}>
                  <ul class="p18-review__answers">
                    {answers(focused)}
                  </ul>
                  {others.length > 0 && (
                    <p class="p18-review__other-answers">
                      {/* One text per row: the other answers are many, and the document is long enough. */}
                      {`${t('review:scenario.otherAnswers')} ${others.map(([fact, value]) => `${questionText(t, has, fact)} ${answerLabel(t, has, fact, value)}`).join(' · ')}`}
                    </p>
                  )}
                </td>
                <td data-label={t('review:scenario.expected')}>{outcome(scenario.expect.class, scenario.expect.matched)}</td>
                <td data-label={t('review:scenario.actual')} data-live-result={result.class}>
                  {outcome(result.class, matchedNow)}
                </td>
                <td data-label={t('review:scenario.verdict')} class="p18-review__verdict">
                  <strong>{t(passes ? 'review:scenario.pass' : 'review:scenario.fail')}</strong>
                  {!passes && <p>{t('review:scenario.failedOn', { checks: mismatches.map(mismatchText).join('; ') })}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
