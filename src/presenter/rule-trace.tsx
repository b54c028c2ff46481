import { useState } from 'preact/hooks';
import type { Answers, Assessment } from '../engine/types';
import { useT } from '../i18n/use-t';
import { traceOf } from './trace';
import { TraceCard } from './trace-card';
import { DecidingAnswer } from './deciding-answer';

interface RuleTraceProps {
  assessment: Assessment;
  answers: Answers;
  idPrefix: string;
}

/**
 * Why the assessment is what it is, as one compact table: every example the engine weighed, its
 * state on the current answers and the answer that decides it, strongest say first. Each row
 * opens to the example's reason and its passage verbatim. It re-renders from each new assessment.
 */
export function RuleTrace({ assessment, answers, idPrefix }: RuleTraceProps) {
  const { t } = useT();
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(opened);
    if (!next.delete(id)) next.add(id);
    setOpened(next);
  };
  const rows = traceOf(assessment).flatMap((group) => group.examples);
  return (
    <>
      <table class="p18-presenter__trace" aria-describedby={`${idPrefix}-trace-intro`}>
        <thead>
          <tr>
            <th scope="col">{t('presenter:trace.columns.example')}</th>
            <th scope="col">{t('presenter:trace.columns.state')}</th>
            <th scope="col">{t('presenter:trace.columns.deciding')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((status) => {
            const detailId = `${idPrefix}-trace-${status.id}`;
            const open = opened.has(status.id);
            return [
              <tr key={status.id} class={`p18-presenter__trace-row p18-presenter__trace-row--${status.state}`} data-example={status.id}>
                <th scope="row">
                  <button type="button" class="p18-presenter__row-toggle" aria-expanded={open} aria-controls={detailId} onClick={() => toggle(status.id)}>
                    {t(`rules:examples.${status.id}.title`)}
                  </button>
                </th>
                <td>{t(`presenter:trace.states.${status.state}`)}</td>
                <td>
                  <DecidingAnswer status={status} answers={answers} />
                </td>
              </tr>,
              <tr key={`${status.id}-detail`} id={detailId} class="p18-presenter__trace-detail" hidden={!open}>
                <td colSpan={3}>
                  {open && (
                    <ul class="p18-cards">
                      <TraceCard status={status} answers={answers} />
                    </ul>
                  )}
                </td>
              </tr>,
            ];
          })}
        </tbody>
      </table>
      <p id={`${idPrefix}-trace-intro`} class="p18-presenter__trace-intro">
        {t('presenter:trace.intro')}
      </p>
    </>
  );
}
