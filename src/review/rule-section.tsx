import type { CompiledExample } from '../engine/rule-base';
import { useT } from '../i18n/use-t';
import { Heading } from '../ui/heading';
import { citationIdsOf, weightOf } from '../ui/result/example-card';
import { useRuleBase } from '../ui/rule-base-context';
import { logicText } from './logic-text';
import { CitationList } from '../ui/citation-list';
import type { ScenarioRun } from './scenario-check';
import { ScenarioTable } from './scenario-table';

/** The DOM id of an example's section: the table of contents and the precedence entries link to it. */
export const ruleAnchor = (id: string) => `regel-${id}`;

/**
 * One example or situation without one, in the order a reviewer checks it: the source's words,
 * the rule as the guide puts it, the scenarios that prove it (with the engine's live result) and
 * the precedence entries that touch it.
 */
export function RuleSection({ example, runs }: { example: CompiledExample; runs: readonly ScenarioRun[] }) {
  const translator = useT();
  const { t, has } = translator;
  const ruleBase = useRuleBase();
  const title = t(`rules:examples.${example.id}.title`);
  const weight = weightOf(example);
  const judgementText = (id: string) =>
    ruleBase.factById.has(id) ? t(`rules:facts.${id}.question`) : t(`rules:judgements.${id}`);
  const precedence = ruleBase.precedence.filter((p) => p.prevails.includes(example.id) || p.setsAside.includes(example.id));
  const exampleLink = (id: string) => (
    <a class="p18-link" href={`#${ruleAnchor(id)}`}>
      {has(`rules:examples.${id}.title`) ? t(`rules:examples.${id}.title`) : id}
    </a>
  );
  const joined = (ids: readonly string[]) => ids.flatMap((id, i) => (i === 0 ? [exampleLink(id)] : ['; ', exampleLink(id)]));
  return (
    <section class="p18-review__rule" id={ruleAnchor(example.id)} aria-labelledby={`${ruleAnchor(example.id)}-title`} data-example={example.id}>
      <Heading depth={2} id={`${ruleAnchor(example.id)}-title`}>
        {title}
      </Heading>
      <dl class="p18-review__facts">
        <dt>{t('review:rule.kind')}</dt>
        <dd>{t(`rules:kinds.${example.kind}`)}</dd>
        {weight && (
          <>
            <dt>{t('review:rule.weight')}</dt>
            <dd>{t(`rules:weights.${weight}`)}</dd>
          </>
        )}
        <dt>{t('review:rule.ground')}</dt>
        <dd>{t(`rules:grounds.${example.ground}`)}</dd>
      </dl>
      <p class="p18-review__id">{t('review:rule.id', { id: example.id })}</p>

      <Heading depth={3}>{t('review:rule.passages')}</Heading>
      <CitationList ids={citationIdsOf(example)} />

      <Heading depth={3}>{t('review:rule.inOwnWords')}</Heading>
      {has(`rules:examples.${example.id}.circumstance`) && (
        <p>
          <strong>{t('review:rule.circumstance')}:</strong> {t(`rules:examples.${example.id}.circumstance`)}
        </p>
      )}
      <p class="p18-review__label">{t('review:rule.conditions')}</p>
      <ol class="p18-review__conditions">
        {example.conditions.map((condition) => (
          <li key={condition.id} data-condition={condition.id}>
            {condition.role && <span class="p18-review__role">{t(`review:role.${condition.role}`)}: </span>}
            {t(`rules:examples.${example.id}.conditions.${condition.id}`)}
            <br />
            <span class="p18-review__test">{t('review:rule.tests', { test: logicText(translator, ruleBase, condition.when) })}</span>
          </li>
        ))}
      </ol>
      <p class="p18-review__label">{t('review:rule.judgements')}</p>
      {example.judgements.length > 0 ? (
        <ul>
          {example.judgements.map((id) => (
            <li key={id}>{judgementText(id)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('review:rule.noJudgements')}</p>
      )}

      <Heading depth={3}>{t('review:rule.scenarios')}</Heading>
      {runs.length > 0 ? <ScenarioTable runs={runs} title={title} focusFacts={example.conditions.flatMap((c) => c.reads)} /> : <p>{t('review:rule.noScenarios')}</p>}

      <Heading depth={3}>{t('review:rule.precedence')}</Heading>
      {precedence.length > 0 ? (
        <ul class="p18-review__precedence">
          {precedence.map((entry) => (
            <li key={entry.id} data-precedence={entry.id}>
              <p>
                <strong>{t(`review:precedence.basis.${entry.basis}`)}.</strong> {t(`rules:precedence.${entry.id}`)}
              </p>
              <p>{t('review:precedence.prevails')} {joined(entry.prevails)}</p>
              <p>{t('review:precedence.setsAside')} {joined(entry.setsAside)}</p>
              {entry.when !== undefined && <p>{t('review:precedence.when', { test: logicText(translator, ruleBase, entry.when) })}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('review:rule.noPrecedence')}</p>
      )}
    </section>
  );
}
