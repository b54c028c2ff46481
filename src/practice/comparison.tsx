import type { AssessmentClass, FactId } from '../engine/types';
import { useT } from '../i18n/use-t';
import { answerLabel } from '../ui/answer-text';
import { Heading } from '../ui/heading';
import { NotAnswerKeyCaveat } from '../ui/result/caveat';
import { useRuleBase } from '../ui/rule-base-context';
import type { Comparison, Difference } from './practice-state';

interface ComparisonViewProps {
  comparison: Comparison;
  onStartAgain(): void;
  onList(): void;
}

/**
 * The guide's assessment of the case beside the participant's own: their bid, what the guide
 * makes of their answers, and each answer where they part from the case with what it moves.
 */
export function ComparisonView({ comparison, onStartAgain, onList }: ComparisonViewProps) {
  const { t } = useT();
  const { guide, mine, expected, differences } = comparison;
  const guideClass = guide.assessment.class;
  return (
    <section class="p18-practice__comparison">
      <Heading depth={1} pageHeading>
        {t('practice:comparison.heading')}
      </Heading>
      <p class="p18-practice__verdict">
        {expected === guideClass ? t('practice:comparison.sameAsExpected') : t('practice:comparison.notAsExpected')}
      </p>
      <div class="p18-practice__columns">
        <div class="p18-panel p18-practice__mine">
          <Heading depth={2} class="p18-panel__title">
            {t('practice:comparison.yours')}
          </Heading>
          <p class="p18-card__label">{t('practice:comparison.youExpected')}</p>
          <p class="p18-practice__class">{expected ? t(`rules:classes.${expected}.title`) : '–'}</p>
          <p class="p18-card__label">{t('practice:comparison.yourAnswersGive')}</p>
          <p class="p18-practice__class">{t(`rules:classes.${mine.assessment.class}.title`)}</p>
        </div>
        <div class="p18-panel p18-practice__guide">
          <Heading depth={2} class="p18-panel__title">
            {t('practice:comparison.guides')}
          </Heading>
          <p class="p18-practice__class">{t(`rules:classes.${guideClass}.title`)}</p>
          <p>{t(`rules:classes.${guideClass}.summary`)}</p>
        </div>
      </div>
      <Heading depth={2}>{t('practice:comparison.differencesHeading')}</Heading>
      {differences.length === 0 ? (
        <p>{t('practice:comparison.noDifferences')}</p>
      ) : (
        <ul class="p18-cards p18-practice__differences">
          {differences.map((difference) => (
            <DifferenceItem key={difference.fact} difference={difference} guideClass={guideClass} />
          ))}
        </ul>
      )}
      <NotAnswerKeyCaveat />
      <div class="p18-actions">
        <button type="button" class="p18-button" onClick={onStartAgain}>
          {t('practice:comparison.startAgain')}
        </button>
        <button type="button" class="p18-button p18-button--secondary" onClick={onList}>
          {t('practice:case.allCases')}
        </button>
      </div>
    </section>
  );
}

function DifferenceItem({ difference, guideClass }: { difference: Difference; guideClass: AssessmentClass }) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  // A checkbox option has no question of its own: its label on the reasons page names it.
  const pageLabel = (id: FactId) => (ruleBase.factById.get(id)?.group === undefined ? t(`rules:facts.${id}.question`) : t(`ui:reasons.options.${id}`));
  const { fact, mine, theirs, classWithMine, moves, raises } = difference;
  return (
    <li class="p18-card">
      <Heading depth={3} class="p18-card__title">
        {pageLabel(fact)}
      </Heading>
      <dl class="p18-summary">
        <div class="p18-summary__row">
          <dt class="p18-summary__key">{t('practice:comparison.yourAnswer')}</dt>
          <dd class="p18-summary__value">{answerLabel(t, has, fact, mine)}</dd>
        </div>
        <div class="p18-summary__row">
          <dt class="p18-summary__key">{t('practice:comparison.caseAnswer')}</dt>
          <dd class="p18-summary__value">{answerLabel(t, has, fact, theirs)}</dd>
        </div>
      </dl>
      <WhyItMatters classWithMine={classWithMine} guideClass={guideClass} moves={moves} raises={raises} />
    </li>
  );
}

interface WhyItMattersProps {
  classWithMine: AssessmentClass;
  guideClass: AssessmentClass;
  moves: Difference['moves'];
  raises: FactId | null;
}

/** What the engine makes of the case with this one answer changed: the examples it moves and the class. */
function WhyItMatters({ classWithMine, guideClass, moves, raises }: WhyItMattersProps) {
  const { t } = useT();
  return (
    <>
      <p class="p18-card__label">{t('practice:comparison.whyItMatters')}</p>
      {moves.length > 0 && (
        <ul class="p18-list">
          {moves.map((move) => (
            <li key={move.example}>
              {t('practice:comparison.moves', {
                example: t(`rules:examples.${move.example}.title`),
                from: t(`rules:states.${move.from}`),
                to: t(`rules:states.${move.to}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {raises !== null && <p>{t('practice:comparison.raises', { question: t(`rules:facts.${raises}.question`) })}</p>}
      <p>
        {classWithMine === guideClass
          ? moves.length === 0
            ? t('practice:comparison.movesNothing')
            : t('practice:comparison.sameClass')
          : t('practice:comparison.otherClass', { title: t(`rules:classes.${classWithMine}.title`) })}
      </p>
    </>
  );
}
