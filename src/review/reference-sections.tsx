import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';
import { Heading } from '../ui/heading';
import { useRuleBase } from '../ui/rule-base-context';
import { logicText } from './logic-text';
import { CitationList } from '../ui/citation-list';

/** § 18's own conditions: the only grounds on which the guide says § 18 does not apply. */
export function ScopeSection() {
  const translator = useT();
  const ruleBase = useRuleBase();
  const { scope } = ruleBase.files;
  return (
    <>
      <ol class="p18-review__conditions">
        {scope.conditions.map((condition) => (
          <li key={condition.id} data-condition={condition.id}>
            {logicText(translator, ruleBase, condition.when)}
          </li>
        ))}
      </ol>
      <CitationList ids={[...scope.citations.map((c) => c.id), ...scope.cites]} />
    </>
  );
}

/** The notes shown with a result: their text, when they are shown, and the sources they rest on. */
export function NotesSection() {
  const translator = useT();
  const { t, has } = translator;
  const ruleBase = useRuleBase();
  return (
    <>
      {ruleBase.notes.map((note) => (
        <section key={note.id} class="p18-review__item" id={`note-${note.id}`} data-note={note.id} aria-labelledby={`note-${note.id}-title`}>
          <Heading depth={2} id={`note-${note.id}-title`}>
            {t(`rules:notes.${note.id}.title`)}
          </Heading>
          <p>{t(`rules:notes.${note.id}.text`)}</p>
          {note.datedWording && has(`rules:notes.${note.id}.dated`) && (
            <p>
              <strong>{t('review:note.dated')}:</strong> {t(`rules:notes.${note.id}.dated`)}
            </p>
          )}
          <ul class="p18-review__meta">
            <li>
              {note.classes
                ? t('review:note.classes', { classes: note.classes.map((c) => t(`rules:classes.${c}.title`)).join('; ') })
                : t('review:note.allClasses')}
            </li>
            {note.when !== undefined && <li>{t('review:note.when', { test: logicText(translator, ruleBase, note.when) })}</li>}
            {note.leadsFor.length > 0 && (
              <li>{t('review:note.leadsFor', { perspectives: note.leadsFor.map((p) => t(`rules:perspectives.${p}`)).join('; ') })}</li>
            )}
          </ul>
          <CitationList ids={[...note.citations.map((c) => c.id), ...(note.cites ?? [])]} />
        </section>
      ))}
    </>
  );
}

/** Judgements the guide names and never decides, with the passages that leave them open. */
export function JudgementsSection() {
  const { t } = useT();
  const ruleBase = useRuleBase();
  return (
    <>
      {ruleBase.files.judgements.judgements.map((judgement) => (
        <section key={judgement.id} class="p18-review__item" id={`vurdering-${judgement.id}`} data-judgement={judgement.id} aria-labelledby={`vurdering-${judgement.id}-title`}>
          <Heading depth={2} id={`vurdering-${judgement.id}-title`}>
            {t(`rules:judgements.${judgement.id}`)}
          </Heading>
          <CitationList ids={judgement.cites} />
        </section>
      ))}
    </>
  );
}

/** Every question in asking order: its help text, answers, when it is asked and its sources. */
export function QuestionsSection() {
  const translator = useT();
  const { t, has } = translator;
  const ruleBase = useRuleBase();
  const settles = (answers: Record<string, string>) =>
    Object.entries(answers)
      .map(([fact, value]) => logicText(translator, ruleBase, { '==': [{ var: fact }, value] }))
      .join(t('review:logic.and'));
  return (
    <>
      {(ruleBase.files.reasons?.groups ?? []).map((group) => (
        <section key={group.id} class="p18-review__item p18-review__item--question" id={`spoergsmaal-${group.id}`} data-reason-group={group.id} aria-labelledby={`spoergsmaal-${group.id}-title`}>
          <Heading depth={2} id={`spoergsmaal-${group.id}-title`}>
            {has(`ui:reasons.groups.${group.id}.question`) ? t(`ui:reasons.groups.${group.id}.question`) : group.id}
          </Heading>
          <ul class="p18-review__meta">
            <li>{t('review:question.kind.reasons')}</li>
            <li>{t('review:question.askedBefore', { question: t(`rules:facts.${group.askedBefore}.question`) })}</li>
          </ul>
          {has(`ui:reasons.groups.${group.id}.hint`) && (
            <p>
              <strong>{t('review:question.hint')}:</strong> {t(`ui:reasons.groups.${group.id}.hint`)}
            </p>
          )}
          <ul>
            {group.options.map((option) => (
              <li key={option.id}>
                <strong>{has(`ui:reasons.options.${option.id}`) ? t(`ui:reasons.options.${option.id}`) : option.id}</strong>
                <br />
                {option.given && Object.keys(option.given).length > 0
                  ? t('review:question.ticked', { answers: settles(option.given) })
                  : t('review:question.tickedAsks')}
                <br />
                {Object.keys(option.notGiven).length > 0 && t('review:question.notTicked', { answers: settles(option.notGiven) })}
              </li>
            ))}
          </ul>
          <CitationList ids={group.cites} />
        </section>
      ))}
      {ruleBase.facts.map((fact) => (
        <section key={fact.id} class="p18-review__item p18-review__item--question" id={`spoergsmaal-${fact.id}`} data-fact={fact.id} aria-labelledby={`spoergsmaal-${fact.id}-title`}>
          <Heading depth={2} id={`spoergsmaal-${fact.id}-title`}>
            {t(`rules:facts.${fact.id}.question`)}
          </Heading>
          <ul class="p18-review__meta">
            <li>{t(`review:question.kind.${fact.kind}`)}</li>
            <li>
              {t('review:question.answers')}: {fact.answers.map((value) => answerLabel(t, has, fact.id, value)).join(' · ')}
            </li>
            <li>{fact.relevantWhen === undefined ? t('review:question.always') : t('review:question.relevantWhen', { test: logicText(translator, ruleBase, fact.relevantWhen) })}</li>
          </ul>
          {has(`rules:facts.${fact.id}.hint`) && (
            <p>
              <strong>{t('review:question.hint')}:</strong> {t(`rules:facts.${fact.id}.hint`)}
            </p>
          )}
          {fact.kind === 'judgement' && <p>{t('rules:judgementFact')}</p>}
          {fact.cites.length > 0 && <CitationList ids={fact.cites} />}
        </section>
      ))}
    </>
  );
}
