import { useEffect, useState } from 'preact/hooks';
import type { ReasonGroup } from '../engine/types';
import type { Answers, AnswerValue, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { CheckboxGroup } from './checkbox-group';
import { Heading } from './heading';
import { WhyWeAsk } from './why-we-ask';
import { useRuleBase } from './rule-base-context';
import { assessSetsInIdleTime } from './state/assessments';

const NONE = 'none';

interface ReasonsPageProps {
  idPrefix: string;
  group: ReasonGroup;
  answers: Answers;
  onAnswer(values: Record<FactId, AnswerValue>): void;
  progress: preact.ComponentChildren;
}

/**
 * A checkbox question from rules/reasons.json: every option is answered at once, ticked "yes"
 * and the rest "no", so a reason left unticked is on record as not given.
 */
export function ReasonsPage({ idPrefix, group, answers, onAnswer, progress }: ReasonsPageProps) {
  const { t } = useT();
  const answered = group.options.some((o) => answers[o.id] !== undefined);
  const initial = group.options.filter((o) => answers[o.id] === 'yes').map((o) => o.id);
  const [selected, setSelected] = useState<Set<string>>(new Set(answered && initial.length === 0 ? [NONE] : initial));
  const [attempt, setAttempt] = useState(0);
  const ticked = () => Object.fromEntries(group.options.map((o) => [o.id, selected.has(o.id) ? 'yes' : 'no']));
  const ruleBase = useRuleBase();
  // What "Fortsæt" will ask the engine, worked out while the caseworker is still reading.
  useEffect(() => (selected.size > 0 ? assessSetsInIdleTime(ruleBase, [{ ...answers, ...ticked() }]) : undefined), [selected]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (selected.size === 0) {
      setAttempt(attempt + 1);
      return;
    }
    onAnswer(ticked());
  };
  const id = `${idPrefix}-${group.id}`;
  return (
    <div class="p18-page">
      {progress}
      <form class="p18-form" noValidate onSubmit={submit}>
        <CheckboxGroup
          id={id}
          legend={
            <Heading depth={1} pageHeading class="p18-legend__heading">
              {t(`ui:reasons.groups.${group.id}.question`)}
            </Heading>
          }
          hint={t(`ui:reasons.groups.${group.id}.hint`)}
          options={group.options.map((o) => ({ value: o.id, label: t(`ui:reasons.options.${o.id}`) }))}
          none={{ value: NONE, label: t('ui:reasons.none') }}
          selected={selected}
          onChange={(next) => {
            setSelected(next);
            if (next.size > 0) setAttempt(0);
          }}
          error={attempt > 0 && selected.size === 0 ? { text: t('ui:reasons.chooseOne'), attempt } : undefined}
        />
        <WhyWeAsk cites={group.cites} />
        <div class="p18-actions">
          {/* On click, submission prevented: a frame sandboxed without allow-forms never submits (see ChoiceForm). */}
          <button type="submit" class="p18-button" onClick={submit}>
            {t('ui:walk.continue')}
          </button>
        </div>
      </form>
    </div>
  );
}
